-- Loads of ward figures started from the admin page: they run in the background and report
-- progress here. A failed load keeps no figure (one transaction) but keeps this row, saying why.
CREATE TABLE backlog_import (
    id          BIGSERIAL    PRIMARY KEY,
    file_name   VARCHAR(300) NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    processed   INT          NOT NULL DEFAULT 0,
    total       INT          NOT NULL DEFAULT 0,
    source_id   BIGINT,
    message     TEXT,
    started_by  VARCHAR(100) NOT NULL,
    started_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    CONSTRAINT backlog_import_status_ck CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
