-- Projects, whoever owns them (a municipality, a provincial or national department, an agency):
-- the wards they serve, the households they will move above the norm, stage, funding per
-- financial year, monthly expenditure, progress and who builds them. area_path is the code path
-- of the municipality the wards lie in (the scope key); owner_path the owner's jurisdiction.
CREATE TABLE project (
    id                 BIGSERIAL     PRIMARY KEY,
    reference          VARCHAR(40)   NOT NULL UNIQUE,
    owner_code         VARCHAR(40)   NOT NULL,
    owner_name         VARCHAR(300)  NOT NULL,
    owner_path         TEXT          NOT NULL,
    municipality_code  VARCHAR(40)   NOT NULL,
    area_path          TEXT          NOT NULL,
    demarcation        VARCHAR(20)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    service            VARCHAR(20)   NOT NULL,
    households         INT           NOT NULL,
    stage              VARCHAR(20)   NOT NULL,
    budget             NUMERIC(16, 2) NOT NULL,
    progress           INT           NOT NULL DEFAULT 0,
    start_date         DATE,
    planned_completion DATE,
    actual_completion  DATE,
    service_providers  TEXT,
    contractors        TEXT,
    idp_objective      VARCHAR(300),
    growth_potential   INT           NOT NULL DEFAULT 0,
    demo               BOOLEAN       NOT NULL DEFAULT FALSE,
    last_update_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by         VARCHAR(100)  NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT project_households_ck CHECK (households >= 0),
    CONSTRAINT project_budget_ck CHECK (budget >= 0),
    CONSTRAINT project_progress_ck CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT project_growth_ck CHECK (growth_potential BETWEEN 0 AND 10),
    CONSTRAINT project_stage_ck CHECK (stage IN ('IDENTIFIED', 'PLANNING', 'DESIGN', 'PROCUREMENT', 'CONSTRUCTION', 'COMPLETED', 'CLOSED_OUT')),
    CONSTRAINT project_service_ck CHECK (service IN ('water', 'sanitation', 'refuse', 'electricity', 'roads'))
);
CREATE INDEX project_area_idx ON project (area_path text_pattern_ops);
CREATE INDEX project_municipality_idx ON project (municipality_code, service);

CREATE TABLE project_ward (
    project_id BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ward_code  VARCHAR(40) NOT NULL,
    ward_path  TEXT        NOT NULL,
    PRIMARY KEY (project_id, ward_code)
);
CREATE INDEX project_ward_code_idx ON project_ward (ward_code);

-- Funding per source and financial year (the year it starts: 2025 is 2025/26, July to June).
CREATE TABLE project_funding (
    project_id     BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    source         VARCHAR(30)    NOT NULL,
    financial_year INT            NOT NULL,
    amount         NUMERIC(16, 2) NOT NULL,
    PRIMARY KEY (project_id, source, financial_year),
    CONSTRAINT project_funding_amount_ck CHECK (amount >= 0),
    CONSTRAINT project_funding_source_ck CHECK (source IN ('MIG', 'WSIG', 'RBIG', 'INEP', 'EQUITABLE_SHARE', 'OWN_REVENUE', 'DONOR', 'OTHER'))
);

-- Expenditure per month; a month above the budget carries the reason it was accepted.
CREATE TABLE project_expenditure (
    project_id  BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    month       DATE           NOT NULL,
    amount      NUMERIC(16, 2) NOT NULL,
    reason      TEXT,
    recorded_by VARCHAR(100)   NOT NULL,
    recorded_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (project_id, month),
    CONSTRAINT project_expenditure_amount_ck CHECK (amount >= 0)
);

-- Every progress report: the history behind the health rules and the outlook.
CREATE TABLE project_update (
    id          BIGSERIAL    PRIMARY KEY,
    project_id  BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    reported_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    stage       VARCHAR(20)  NOT NULL,
    progress    INT          NOT NULL,
    note        TEXT,
    reason      TEXT,
    reported_by VARCHAR(100) NOT NULL
);
CREATE INDEX project_update_project_idx ON project_update (project_id, reported_at);

-- Investment prioritisation: the weight of each criterion, set by an admin.
CREATE TABLE project_priority_weight (
    criterion  VARCHAR(30)   PRIMARY KEY,
    weight     NUMERIC(6, 2) NOT NULL,
    changed_by VARCHAR(100),
    changed_at TIMESTAMPTZ,
    CONSTRAINT project_priority_weight_ck CHECK (weight >= 0)
);
INSERT INTO project_priority_weight (criterion, weight) VALUES
    ('BACKLOG_PER_RAND', 40), ('HOUSEHOLDS', 25), ('REQUESTS', 20), ('GROWTH', 15);

-- Community requests per ward, basic service and month, as the requests module publishes them.
CREATE TABLE project_ward_need (
    ward_code       VARCHAR(40) NOT NULL,
    request_service VARCHAR(40) NOT NULL,
    service         VARCHAR(20) NOT NULL,
    month           DATE        NOT NULL,
    requests        INT         NOT NULL,
    PRIMARY KEY (ward_code, request_service, month)
);
CREATE INDEX project_ward_need_service_idx ON project_ward_need (service, ward_code);

CREATE SEQUENCE project_reference_seq;
