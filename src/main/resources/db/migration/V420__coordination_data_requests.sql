-- A single entry point for data requests: a sector department asks for data items over periods
-- of some municipalities; Thusong answers what the central database holds, joins what another
-- open request already asks of the same municipality, and asks each municipality only the rest,
-- in one form with everything asked of it.

CREATE TABLE coordination_data_request (
    id                 BIGSERIAL    PRIMARY KEY,
    reference          VARCHAR(40)  NOT NULL UNIQUE,
    title              TEXT         NOT NULL,
    requester_org      VARCHAR(40)  NOT NULL,
    requester_path     TEXT         NOT NULL,
    requested_by       VARCHAR(100) NOT NULL,
    due_on             DATE         NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- What a municipality must answer itself: one open ask per municipality, data element and period,
-- however many requests want it.
CREATE TABLE coordination_ask (
    id                 BIGSERIAL    PRIMARY KEY,
    municipality_code  VARCHAR(40)  NOT NULL,
    municipality_path  TEXT         NOT NULL,
    data_element       VARCHAR(60)  NOT NULL,
    period             VARCHAR(20)  NOT NULL,
    due_on             DATE         NOT NULL,
    asked_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    answered_at        TIMESTAMPTZ,
    answered_by        VARCHAR(100),
    reminded_at        TIMESTAMPTZ
);
CREATE UNIQUE INDEX coordination_ask_open_uq ON coordination_ask (municipality_code, data_element, period)
    WHERE answered_at IS NULL;

-- Each cell of a request (municipality × data element × period) and how it was answered:
-- DATABASE (held already when the request was filed), MERGED (joined an ask another request had
-- made) or ASKED (a new ask of the municipality).
CREATE TABLE coordination_request_cell (
    request_id         BIGINT       NOT NULL REFERENCES coordination_data_request (id),
    municipality_code  VARCHAR(40)  NOT NULL,
    municipality_path  TEXT         NOT NULL,
    data_element       VARCHAR(60)  NOT NULL,
    period             VARCHAR(20)  NOT NULL,
    how                VARCHAR(10)  NOT NULL CHECK (how IN ('DATABASE', 'MERGED', 'ASKED')),
    ask_id             BIGINT       REFERENCES coordination_ask (id),
    PRIMARY KEY (request_id, municipality_code, data_element, period)
);
CREATE INDEX coordination_request_cell_ask_idx ON coordination_request_cell (ask_id);
CREATE INDEX coordination_request_cell_path_idx ON coordination_request_cell (municipality_path text_pattern_ops);
