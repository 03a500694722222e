-- Demo users are marked so that the pages can badge them and the layout can say demo data exists.
ALTER TABLE identity_user ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE identity_user ADD COLUMN version INT NOT NULL DEFAULT 0;

-- Keys for machine clients. Only a SHA-256 hash of the key is kept (the key is a long random
-- secret, so a slow hash adds nothing but ~80 ms a request); the prefix is shown to tell keys
-- apart and is how a presented key is found before its hash is compared in constant time.
CREATE TABLE identity_api_key (
    id                BIGSERIAL PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    prefix            VARCHAR(20)  NOT NULL,
    key_hash          BYTEA        NOT NULL,
    roles             TEXT[]       NOT NULL DEFAULT '{}',
    organisation_code VARCHAR(40),
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at      TIMESTAMPTZ,
    revoked_at        TIMESTAMPTZ
);
CREATE INDEX identity_api_key_prefix_idx ON identity_api_key (prefix);
CREATE INDEX identity_api_key_organisation_idx ON identity_api_key (organisation_code);

-- One-off seeding steps of the identity module that have run (the demo users).
CREATE TABLE identity_seed (
    name    VARCHAR(60) PRIMARY KEY,
    done_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
