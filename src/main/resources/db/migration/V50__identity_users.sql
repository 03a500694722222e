-- People who sign in. The scope is not stored: it is the jurisdiction of the user's
-- organisation, resolved at sign-in, so moving an organisation's jurisdiction moves its users.
CREATE TABLE identity_user (
    id                  BIGSERIAL PRIMARY KEY,
    username            VARCHAR(60)  NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    email               VARCHAR(254),
    password_hash       VARCHAR(200) NOT NULL,
    roles               TEXT[]       NOT NULL DEFAULT '{}',
    organisation_code   VARCHAR(40),
    enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins       INT          NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX identity_user_username_uq ON identity_user (lower(username));
CREATE UNIQUE INDEX identity_user_email_uq ON identity_user (lower(email)) WHERE email IS NOT NULL;
CREATE INDEX identity_user_organisation_idx ON identity_user (organisation_code);
