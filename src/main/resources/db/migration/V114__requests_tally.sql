-- The requests' figures pre-counted, so that a dashboard reads a few hundred rows whether the
-- register holds fifty thousand requests or five million (bench/RESULTS.md). A background job
-- (RequestTallies) recounts, from the register itself, every month of a municipality in which a
-- request was filed or changed, or fell overdue, since its last pass: the counts are therefore
-- exact as of that pass, and filing a request stays one short transaction.

-- Per municipality, month of filing (in the municipality's zone), ward ('-' when none is known),
-- service and department. "counted" leaves out duplicates, rejected and referred requests, as
-- the on-time figures do; "late" and "pending" are open requests past or within their due time
-- at the pass, plus resolved ones late.
CREATE TABLE request_tally (
    organisation_code  VARCHAR(40) NOT NULL,
    month              DATE        NOT NULL,
    ward_code          VARCHAR(40) NOT NULL,
    service_code       VARCHAR(40) NOT NULL,
    department_code    VARCHAR(40) NOT NULL,
    area_path          TEXT        NOT NULL,
    filed              INT         NOT NULL,
    counted            INT         NOT NULL,
    resolved           INT         NOT NULL,
    on_time            INT         NOT NULL,
    late               INT         NOT NULL,
    pending            INT         NOT NULL,
    open_submitted     INT         NOT NULL,
    open_acknowledged  INT         NOT NULL,
    open_assigned      INT         NOT NULL,
    open_in_progress   INT         NOT NULL,
    open_reopened      INT         NOT NULL,
    PRIMARY KEY (organisation_code, month, ward_code, service_code, department_code)
);
CREATE INDEX request_tally_path_idx ON request_tally (area_path text_pattern_ops);

-- How long the open requests of each ward have waited: the median and the oldest filing time,
-- from which the waits at any later moment follow exactly.
CREATE TABLE request_open_wait (
    organisation_code  VARCHAR(40) NOT NULL,
    ward_code          VARCHAR(40) NOT NULL,
    ward_name          TEXT,
    open               INT         NOT NULL,
    median_filed_epoch DOUBLE PRECISION NOT NULL,
    oldest_filed_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (organisation_code, ward_code)
);

-- Up to when the tallies have counted; one row.
CREATE TABLE request_tally_mark (
    id            INT PRIMARY KEY CHECK (id = 1),
    counted_up_to TIMESTAMPTZ NOT NULL
);
-- The first pass counts everything already in the register.
INSERT INTO request_tally_mark VALUES (1, '-infinity');

-- What the job looks for: requests changed since the last pass, and open requests whose due
-- time has passed since (their "pending" turns "late" without any change to the row). The second
-- also serves the escalation of overdue requests; the third the open requests of a municipality.
CREATE INDEX service_request_updated_idx ON service_request (updated_at);
CREATE INDEX service_request_open_due_idx ON service_request (due_at)
    WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
CREATE INDEX service_request_open_org_idx ON service_request (organisation_code, ward_code)
    WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');

-- Replaced by request_tally's "filed" column.
DROP TABLE request_need_by_area;
