-- The central database of local-government information: data elements (what is counted), the
-- indicators computed from them, and one value per data element, area and period, with where it
-- came from and who approved it.

CREATE TABLE indicator_data_element (
    code         VARCHAR(60)  PRIMARY KEY,
    name         TEXT         NOT NULL,
    definition   TEXT,
    unit         TEXT,
    -- How values add up over areas and over periods: SUM, AVERAGE or LAST (the latest period's
    -- value of each area, summed over areas).
    aggregation  VARCHAR(10)  NOT NULL CHECK (aggregation IN ('SUM', 'AVERAGE', 'LAST')),
    -- Where the definition comes from: 'circular88', 'requests', 'coordination', ...
    origin       VARCHAR(40)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE indicator (
    code          VARCHAR(60)  PRIMARY KEY,
    name          TEXT         NOT NULL,
    category      TEXT,
    category_code VARCHAR(20),
    tier          TEXT,
    responsibility TEXT,
    measurement   TEXT,
    alignment     TEXT,
    formula       TEXT         NOT NULL,
    -- The formula read as sums of data elements: numerator / denominator × factor. Elements are
    -- written with their sign, e.g. {"+EE1.1(1)"}; a formula Thusong cannot compute from totals
    -- (a product per record, a score) has none and says why.
    numerator     TEXT[]       NOT NULL DEFAULT '{}',
    denominator   TEXT[]       NOT NULL DEFAULT '{}',
    factor        NUMERIC      NOT NULL DEFAULT 1,
    not_computable TEXT,
    frequency     TEXT,
    definition    TEXT,
    origin        VARCHAR(40)  NOT NULL
);

-- Codes compare byte by byte (COLLATE "C"): they are identifiers, not words, and the two indexes
-- over a million values build several times faster than with linguistic collation. No foreign
-- key to the data element: every way in checks the element first, and a per-row check would
-- double the time of a million-value import (bench/RESULTS.md).
CREATE TABLE indicator_value (
    data_element  VARCHAR(60)  COLLATE "C" NOT NULL,
    area_code     VARCHAR(60)  COLLATE "C" NOT NULL,
    area_path     TEXT         COLLATE "C" NOT NULL,
    period        VARCHAR(20)  COLLATE "C" NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    value         NUMERIC      NOT NULL,
    comment       TEXT,
    -- Which module, import or data request answered it, and who approved it.
    source        TEXT         NOT NULL,
    approved_by   TEXT,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (data_element, area_code, period)
);
CREATE INDEX indicator_value_path_idx ON indicator_value (data_element, area_path, period_start);
