-- Municipal support: who supports which municipality with what, so that one provincial programme
-- of support replaces three agencies planning without knowing of each other.

CREATE TABLE coordination_support (
    id                 BIGSERIAL    PRIMARY KEY,
    provider_code      VARCHAR(40)  NOT NULL,
    provider_name      TEXT         NOT NULL,
    municipality_code  VARCHAR(40)  NOT NULL,
    municipality_path  TEXT         NOT NULL,
    -- FINANCE, GOVERNANCE, CORPORATE, ENGINEERING, IT, LAND_HUMAN_SETTLEMENTS, PLANNING
    support_area       VARCHAR(30)  NOT NULL,
    -- HANDS_ON, TRAINING, DEPLOYMENT, GRANT
    support_type       VARCHAR(20)  NOT NULL,
    title              TEXT         NOT NULL,
    people_deployed    INT          NOT NULL DEFAULT 0 CHECK (people_deployed >= 0),
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL CHECK (ends_on >= starts_on),
    budget             NUMERIC(16, 2) CHECK (budget >= 0),
    -- PLANNED, UNDER_WAY, COMPLETED, CANCELLED
    status             VARCHAR(20)  NOT NULL,
    outcome            TEXT,
    skills_transferred TEXT,
    recorded_by        VARCHAR(100) NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX coordination_support_municipality_idx ON coordination_support (municipality_code, support_area);
CREATE INDEX coordination_support_path_idx ON coordination_support (municipality_path text_pattern_ops);

-- A capacity gap an administrator records for a municipality and area of support.
CREATE TABLE coordination_capacity_gap (
    id                 BIGSERIAL    PRIMARY KEY,
    municipality_code  VARCHAR(40)  NOT NULL,
    municipality_path  TEXT         NOT NULL,
    support_area       VARCHAR(30)  NOT NULL,
    description        TEXT         NOT NULL,
    recorded_by        VARCHAR(100) NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    closed_on          DATE
);
CREATE INDEX coordination_capacity_gap_idx ON coordination_capacity_gap (municipality_code, support_area);
