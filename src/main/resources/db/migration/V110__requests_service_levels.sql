-- Service levels: an organisation may count targets in working hours (its days and hours, less
-- public holidays) instead of calendar hours.
CREATE TABLE request_working_calendar (
    organisation_code VARCHAR(40) PRIMARY KEY,
    zone              VARCHAR(60) NOT NULL,
    work_days         VARCHAR(40) NOT NULL,
    day_start         TIME        NOT NULL,
    day_end           TIME        NOT NULL CHECK (day_end > day_start)
);

CREATE TABLE request_public_holiday (
    organisation_code VARCHAR(40)  NOT NULL,
    day               DATE         NOT NULL,
    name              VARCHAR(200) NOT NULL,
    PRIMARY KEY (organisation_code, day)
);

-- Escalation happens once: the row that sets escalated_at wins.
CREATE INDEX service_request_overdue_idx ON service_request (due_at) WHERE escalated_at IS NULL
    AND status IN ('SUBMITTED', 'ACKNOWLEDGED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED');
