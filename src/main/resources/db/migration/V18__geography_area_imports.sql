-- Area imports started from the admin page or API: a whole hierarchy read from a CSV file into a
-- new demarcation (South Africa redraws wards before every local election). They run in the
-- background, one at a time, and report progress here (processed of total areas). A failed
-- import keeps no demarcation and no area (one transaction) but keeps this row, with the
-- problems by line as a JSON list of {line, reason}.
CREATE TABLE geography_area_import (
    id            BIGSERIAL    PRIMARY KEY,
    -- the new demarcation, as geography_demarcation will hold it
    demarcation   VARCHAR(20)  NOT NULL,
    country       VARCHAR(2)   NOT NULL,
    name          VARCHAR(200) NOT NULL,
    year          INT,
    make_current  BOOLEAN      NOT NULL,
    -- the uploaded file and its layout (za-mdb, tr-mahalle)
    file_name     VARCHAR(300) NOT NULL,
    format        VARCHAR(20)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    processed     INT          NOT NULL DEFAULT 0,
    total         INT          NOT NULL DEFAULT 0,
    -- areas written per level, e.g. {"country": 1, "province": 1, ...}
    counts        JSONB,
    problems      JSONB        NOT NULL DEFAULT '[]',
    message       TEXT,
    started_by    VARCHAR(100),
    started_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at   TIMESTAMPTZ,
    CONSTRAINT geography_area_import_status_ck CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'))
);
-- Two imports of the same new demarcation may not wait or run at once.
CREATE UNIQUE INDEX geography_area_import_pending_uq ON geography_area_import (upper(demarcation))
    WHERE status IN ('QUEUED', 'RUNNING');
