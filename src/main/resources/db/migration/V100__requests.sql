-- The requests desk (issue 3). Every table carries the owning organisation and area path so that
-- scope filters every query and a national deployment can distribute by organisation.

-- Each municipality's service catalogue. Names in both languages: a Turkish muhtar and a South
-- African agent read the same catalogue in their own language.
CREATE TABLE request_service (
    id                BIGSERIAL    PRIMARY KEY,
    organisation_code VARCHAR(40)  NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    group_code        VARCHAR(40)  NOT NULL,
    name_en           VARCHAR(200) NOT NULL,
    name_tr           VARCHAR(200) NOT NULL,
    description_en    TEXT         NOT NULL DEFAULT '',
    description_tr    TEXT         NOT NULL DEFAULT '',
    department_code   VARCHAR(40)  NOT NULL,
    target_hours      INT          NOT NULL CHECK (target_hours > 0),
    priority          VARCHAR(10)  NOT NULL,
    keywords          TEXT         NOT NULL DEFAULT '',
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT request_service_code_uq UNIQUE (organisation_code, code)
);

-- Extra questions a service asks (Open311 attributes).
CREATE TABLE request_service_attribute (
    id             BIGSERIAL    PRIMARY KEY,
    service_id     BIGINT       NOT NULL REFERENCES request_service (id) ON DELETE CASCADE,
    code           VARCHAR(40)  NOT NULL,
    datatype       VARCHAR(20)  NOT NULL,
    required       BOOLEAN      NOT NULL DEFAULT FALSE,
    position       INT          NOT NULL,
    description_en VARCHAR(300) NOT NULL,
    description_tr VARCHAR(300) NOT NULL,
    -- for list types: [{"key": "...", "en": "...", "tr": "..."}]
    choices        JSONB        NOT NULL DEFAULT '[]',
    CONSTRAINT request_service_attribute_uq UNIQUE (service_id, code)
);

-- Reference numbers a person can read out on the phone: EC121-2026-004211.
CREATE TABLE request_reference_counter (
    organisation_code VARCHAR(40) NOT NULL,
    year              INT         NOT NULL,
    last_number       INT         NOT NULL,
    PRIMARY KEY (organisation_code, year)
);

CREATE TABLE service_request (
    id                 BIGSERIAL    PRIMARY KEY,
    reference          VARCHAR(60)  NOT NULL UNIQUE,
    organisation_code  VARCHAR(40)  NOT NULL,
    area_path          TEXT         NOT NULL,
    ward_code          VARCHAR(40),
    ward_demarcation   VARCHAR(20),
    ward_name          VARCHAR(200),
    service_id         BIGINT       NOT NULL REFERENCES request_service (id),
    service_code       VARCHAR(40)  NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    description        TEXT         NOT NULL,
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    address            VARCHAR(300),
    reporter_name      VARCHAR(200),
    reporter_phone     VARCHAR(30),
    reporter_email     VARCHAR(254),
    filed_by_kind      VARCHAR(30)  NOT NULL,
    filed_by_user      VARCHAR(100),
    channel            VARCHAR(20)  NOT NULL,
    status             VARCHAR(20)  NOT NULL,
    department_code    VARCHAR(40)  NOT NULL,
    officer            VARCHAR(100),
    priority           VARCHAR(10)  NOT NULL,
    submitted_at       TIMESTAMPTZ  NOT NULL,
    due_at             TIMESTAMPTZ  NOT NULL,
    acknowledged_at    TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    duplicate_of       BIGINT       REFERENCES service_request (id),
    referred_to        VARCHAR(200),
    referred_reference VARCHAR(100),
    rejection_reason   TEXT,
    rating             SMALLINT     CHECK (rating BETWEEN 1 AND 5),
    rating_comment     TEXT,
    escalated_at       TIMESTAMPTZ,
    updated_at         TIMESTAMPTZ  NOT NULL,
    version            INT          NOT NULL DEFAULT 0
);
CREATE INDEX service_request_queue_idx ON service_request (organisation_code, status, due_at);
CREATE INDEX service_request_area_idx ON service_request (area_path text_pattern_ops);
CREATE INDEX service_request_submitted_idx ON service_request (submitted_at DESC);
CREATE INDEX service_request_phone_idx ON service_request (reporter_phone) WHERE reporter_phone IS NOT NULL;
CREATE INDEX service_request_duplicate_idx ON service_request (duplicate_of) WHERE duplicate_of IS NOT NULL;

CREATE TABLE service_request_answer (
    request_id BIGINT      NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
    code       VARCHAR(40) NOT NULL,
    value      TEXT        NOT NULL,
    position   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (request_id, code, position)
);

-- The request's history: every step and note, timestamped, public or internal.
CREATE TABLE service_request_step (
    id          BIGSERIAL   PRIMARY KEY,
    request_id  BIGINT      NOT NULL REFERENCES service_request (id) ON DELETE CASCADE,
    at          TIMESTAMPTZ NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(30) NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20),
    note        TEXT,
    public      BOOLEAN     NOT NULL
);
CREATE INDEX service_request_step_request_idx ON service_request_step (request_id, at);
CREATE INDEX service_request_step_at_idx ON service_request_step (at);

-- Routing by service and area: the most specific area path wins over the service's department.
CREATE TABLE request_routing_rule (
    id                BIGSERIAL   PRIMARY KEY,
    organisation_code VARCHAR(40) NOT NULL,
    service_id        BIGINT      NOT NULL REFERENCES request_service (id) ON DELETE CASCADE,
    area_path         TEXT        NOT NULL,
    department_code   VARCHAR(40) NOT NULL,
    CONSTRAINT request_routing_rule_uq UNIQUE (service_id, area_path)
);
