-- Bodies that act in areas. jurisdiction_path is the code path of the jurisdiction area
-- (see org.thusong.core.Scope); it is copied here because scope checks run on every query.
CREATE TABLE organisation (
    id                     BIGSERIAL PRIMARY KEY,
    code                   VARCHAR(40)  NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    kind                   VARCHAR(30)  NOT NULL,
    jurisdiction_area_code VARCHAR(40)  NOT NULL,
    jurisdiction_path      TEXT         NOT NULL,
    demo                   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                INT          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX organisation_code_uq ON organisation (upper(code));
CREATE INDEX organisation_path_idx ON organisation (jurisdiction_path text_pattern_ops);

CREATE TABLE organisation_department (
    id              BIGSERIAL PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    UNIQUE (organisation_id, code)
);
