-- Planning and performance: the strategic plan (IDP / stratejik plan) as a tree, the outcomes
-- objectives align to, the SDBIP per financial year in versions, its KPI rows, quarterly actuals
-- with their workflow steps and evidence, quarter closing, report jobs and the risk register.
-- Every row carries the owning organisation's area code path, which decides who sees it.

CREATE TABLE planning_seed (name TEXT PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL DEFAULT now());

-- Outcomes of the province and the nation that objectives align to (vertical alignment).
CREATE TABLE planning_outcome (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    sphere      TEXT NOT NULL CHECK (sphere IN ('NATIONAL', 'PROVINCIAL')),
    area_path   TEXT NOT NULL
);

-- What an organisation asks of its SDBIPs.
CREATE TABLE planning_setting (
    organisation_code          TEXT PRIMARY KEY,
    require_consistent_targets BOOLEAN NOT NULL DEFAULT TRUE,
    partial_band_percent       NUMERIC(5, 2) NOT NULL DEFAULT 10 CHECK (partial_band_percent BETWEEN 0 AND 100)
);

CREATE TABLE planning_plan (
    id                BIGSERIAL PRIMARY KEY,
    organisation_code TEXT NOT NULL,
    area_path         TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('IDP', 'STRATEGIC_PLAN')),
    title             TEXT NOT NULL,
    first_year        INT NOT NULL,
    last_year         INT NOT NULL CHECK (last_year >= first_year),
    demo              BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX planning_plan_by_org ON planning_plan (organisation_code);

-- KPA / amaç → objective / hedef → activity / faaliyet, each with a code unique in its plan.
CREATE TABLE planning_plan_item (
    id          BIGSERIAL PRIMARY KEY,
    plan_id     BIGINT NOT NULL REFERENCES planning_plan (id),
    parent_id   BIGINT REFERENCES planning_plan_item (id),
    level       TEXT NOT NULL CHECK (level IN ('GOAL', 'OBJECTIVE', 'ACTIVITY')),
    code        TEXT NOT NULL,
    title       TEXT NOT NULL,
    outcome_id  BIGINT REFERENCES planning_outcome (id),
    position    INT NOT NULL DEFAULT 0,
    UNIQUE (plan_id, code)
);
CREATE INDEX planning_plan_item_by_parent ON planning_plan_item (plan_id, parent_id);

-- An SDBIP (annual performance plan) for one financial year, in versions: 1 is the original,
-- later ones revisions (after the adjustments budget). Exactly one version per year is current.
CREATE TABLE planning_sdbip (
    id                BIGSERIAL PRIMARY KEY,
    organisation_code TEXT NOT NULL,
    area_path         TEXT NOT NULL,
    plan_id           BIGINT REFERENCES planning_plan (id),
    financial_year    INT NOT NULL,
    year_start_month  INT NOT NULL CHECK (year_start_month BETWEEN 1 AND 12),
    version           INT NOT NULL CHECK (version >= 1),
    is_current        BOOLEAN NOT NULL,
    title             TEXT NOT NULL,
    revision_reason   TEXT,
    approved_by       TEXT,
    approved_at       TIMESTAMPTZ,
    created_by        TEXT NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    demo              BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (organisation_code, financial_year, version)
);
CREATE UNIQUE INDEX planning_sdbip_one_current ON planning_sdbip (organisation_code, financial_year) WHERE is_current;
CREATE INDEX planning_sdbip_by_path ON planning_sdbip (area_path text_pattern_ops);

CREATE TABLE planning_kpi (
    id                BIGSERIAL PRIMARY KEY,
    sdbip_id          BIGINT NOT NULL REFERENCES planning_sdbip (id),
    organisation_code TEXT NOT NULL,
    area_path         TEXT NOT NULL,
    ref               TEXT NOT NULL,
    kpa               TEXT,
    objective_code    TEXT,
    objective         TEXT,
    objective_item_id BIGINT REFERENCES planning_plan_item (id),
    indicator         TEXT NOT NULL,
    unit              TEXT NOT NULL,
    baseline          NUMERIC(20, 4),
    annual_target     NUMERIC(20, 4),
    q1_target         NUMERIC(20, 4),
    q2_target         NUMERIC(20, 4),
    q3_target         NUMERIC(20, 4),
    q4_target         NUMERIC(20, 4),
    calculation_type  TEXT NOT NULL,
    direction         TEXT NOT NULL,
    wards             TEXT,
    department_code   TEXT,
    responsible       TEXT,
    budget_vote       TEXT,
    budget_amount     NUMERIC(20, 2),
    evidence_required TEXT,
    top_layer         BOOLEAN NOT NULL DEFAULT FALSE,
    top_layer_ref     TEXT,
    position          INT NOT NULL,
    UNIQUE (sdbip_id, ref)
);
CREATE INDEX planning_kpi_by_path ON planning_kpi (area_path text_pattern_ops);

-- One quarter's actual of one KPI, with where it stands in the workflow.
CREATE TABLE planning_actual (
    id                 BIGSERIAL PRIMARY KEY,
    kpi_id             BIGINT NOT NULL REFERENCES planning_kpi (id),
    sdbip_id           BIGINT NOT NULL REFERENCES planning_sdbip (id),
    organisation_code  TEXT NOT NULL,
    area_path          TEXT NOT NULL,
    quarter            INT NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value              NUMERIC(20, 4),
    comment            TEXT,
    variance_reason    TEXT,
    corrective_measure TEXT,
    state              TEXT NOT NULL,
    returned_reason    TEXT,
    captured_by        TEXT NOT NULL,
    reviewed_by        TEXT,
    verified_by        TEXT,
    approved_by        TEXT,
    updated_at         TIMESTAMPTZ NOT NULL,
    version            INT NOT NULL DEFAULT 0,
    UNIQUE (kpi_id, quarter)
);
CREATE INDEX planning_actual_by_sdbip ON planning_actual (sdbip_id, quarter);

CREATE TABLE planning_actual_step (
    id         BIGSERIAL PRIMARY KEY,
    actual_id  BIGINT NOT NULL REFERENCES planning_actual (id),
    from_state TEXT,
    to_state   TEXT NOT NULL,
    actor      TEXT NOT NULL,
    reason     TEXT,
    at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX planning_actual_step_by_actual ON planning_actual_step (actual_id, id);

CREATE TABLE planning_evidence (
    id          BIGSERIAL PRIMARY KEY,
    actual_id   BIGINT NOT NULL REFERENCES planning_actual (id),
    document_id UUID NOT NULL,
    filename    TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX planning_evidence_by_actual ON planning_evidence (actual_id);

-- When each quarter of an SDBIP closes for capture, and its recorded reopenings.
CREATE TABLE planning_quarter (
    sdbip_id        BIGINT NOT NULL REFERENCES planning_sdbip (id),
    quarter         INT NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    closes_on       DATE NOT NULL,
    reopened_until  DATE,
    reminded_at     TIMESTAMPTZ,
    PRIMARY KEY (sdbip_id, quarter)
);

CREATE TABLE planning_quarter_reopening (
    id            BIGSERIAL PRIMARY KEY,
    sdbip_id      BIGINT NOT NULL REFERENCES planning_sdbip (id),
    quarter       INT NOT NULL,
    until_date    DATE NOT NULL,
    reason        TEXT NOT NULL,
    reopened_by   TEXT NOT NULL,
    reopened_at   TIMESTAMPTZ NOT NULL
);

-- Reports generated in the background: progress while running, the file when done.
CREATE TABLE planning_report_job (
    id                UUID PRIMARY KEY,
    organisation_code TEXT NOT NULL,
    area_path         TEXT NOT NULL,
    kind              TEXT NOT NULL,
    financial_year    INT NOT NULL,
    quarter           INT,
    format            TEXT NOT NULL,
    status            TEXT NOT NULL,
    done_steps        INT NOT NULL DEFAULT 0,
    total_steps       INT NOT NULL DEFAULT 0,
    filename          TEXT,
    content           BYTEA,
    error             TEXT,
    requested_by      TEXT NOT NULL,
    requested_at      TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ
);
CREATE INDEX planning_report_job_by_org ON planning_report_job (organisation_code, requested_at DESC);

CREATE TABLE planning_risk (
    id                   BIGSERIAL PRIMARY KEY,
    organisation_code    TEXT NOT NULL,
    area_path            TEXT NOT NULL,
    objective_item_id    BIGINT REFERENCES planning_plan_item (id),
    title                TEXT NOT NULL,
    likelihood           INT NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact               INT NOT NULL CHECK (impact BETWEEN 1 AND 5),
    residual_likelihood  INT NOT NULL CHECK (residual_likelihood BETWEEN 1 AND 5),
    residual_impact      INT NOT NULL CHECK (residual_impact BETWEEN 1 AND 5),
    controls             TEXT,
    owner                TEXT NOT NULL,
    actions              TEXT,
    due_on               DATE,
    last_reviewed_at     TIMESTAMPTZ,
    last_reviewed_by     TEXT,
    demo                 BOOLEAN NOT NULL DEFAULT FALSE,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX planning_risk_by_org ON planning_risk (organisation_code);
