-- The append-only record of every change to business data. Rows are never updated or deleted:
-- the triggers below refuse it, so not even a bug (or an administrator with SQL) rewrites history.
-- Grows without bound: keyed by time first so it can be range-partitioned by month later.
CREATE TABLE audit_entry (
    id           BIGSERIAL,
    at           TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(40)  NOT NULL,
    entity_type  VARCHAR(60)  NOT NULL,
    entity_id    VARCHAR(100) NOT NULL,
    area_path    TEXT,
    before_state JSONB,
    after_state  JSONB,
    request_id   VARCHAR(40),
    PRIMARY KEY (at, id)
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, at DESC);
CREATE INDEX audit_entry_area_idx ON audit_entry (area_path text_pattern_ops);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
