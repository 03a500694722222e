-- One-off seeding steps of the organisations module that have run (e.g. the demo bodies), so
-- that a restart does not repeat them, even after someone has edited or removed what they made.
CREATE TABLE organisation_seed (
    name    VARCHAR(60) PRIMARY KEY,
    done_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX organisation_kind_idx ON organisation (kind);
CREATE INDEX organisation_department_org_idx ON organisation_department (organisation_id);
