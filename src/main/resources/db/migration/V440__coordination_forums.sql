-- Intergovernmental forums, their meetings and resolutions, and what it takes to attend them all:
-- the material of a forum audit that ends "meeting fatigue".

CREATE TABLE coordination_forum (
    id                 BIGSERIAL    PRIMARY KEY,
    name               TEXT         NOT NULL,
    -- POLITICAL, TECHNICAL, SECTOR, IGR (intergovernmental relations), MUHTAR (muhtarlar toplantısı)
    forum_type         VARCHAR(20)  NOT NULL,
    convener_code      VARCHAR(40)  NOT NULL,
    convener_path      TEXT         NOT NULL,
    terms_of_reference TEXT         NOT NULL,
    meetings_per_year  INT          NOT NULL CHECK (meetings_per_year BETWEEN 1 AND 52),
    created_by         VARCHAR(100) NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX coordination_forum_path_idx ON coordination_forum (convener_path text_pattern_ops);

-- Members: organisations, and where named, the official who attends for it.
CREATE TABLE coordination_forum_member (
    forum_id           BIGINT       NOT NULL REFERENCES coordination_forum (id),
    organisation_code  VARCHAR(40)  NOT NULL,
    official           VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (forum_id, organisation_code, official)
);

CREATE TABLE coordination_meeting (
    id                 BIGSERIAL    PRIMARY KEY,
    forum_id           BIGINT       NOT NULL REFERENCES coordination_forum (id),
    held_on            DATE         NOT NULL,
    agenda             TEXT         NOT NULL,
    attendance         TEXT[]       NOT NULL DEFAULT '{}',
    minutes_document   UUID,
    recorded_by        VARCHAR(100) NOT NULL
);

CREATE TABLE coordination_resolution (
    id                 BIGSERIAL    PRIMARY KEY,
    meeting_id         BIGINT       NOT NULL REFERENCES coordination_meeting (id),
    text               TEXT         NOT NULL,
    owner              TEXT         NOT NULL,
    due_on             DATE         NOT NULL,
    done_on            DATE
);
