-- Household (or person) service levels against the RDP minimum norms, per area, service,
-- survey year and source answer. Wards come from a file (each row keeps the file and line it
-- came from); municipalities, districts, provinces and the country are rolled up from the wards
-- of the same demarcation by the loader, never typed in.

-- Where figures came from: one row per loaded file.
CREATE TABLE backlog_source (
    id          BIGSERIAL    PRIMARY KEY,
    file_name   VARCHAR(300) NOT NULL,
    description TEXT,
    rows_loaded INT          NOT NULL,
    loaded_by   VARCHAR(100) NOT NULL,
    loaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The mapping of each source answer to its class against the norm: data an admin edits,
-- shipped with the defaults of shared/data/README.md (default_class keeps what shipped).
CREATE TABLE backlog_answer_class (
    service       VARCHAR(20)  NOT NULL,
    answer        VARCHAR(200) NOT NULL,
    norm_class    VARCHAR(20)  NOT NULL,
    default_class VARCHAR(20)  NOT NULL,
    position      INT          NOT NULL,
    changed_by    VARCHAR(100),
    changed_at    TIMESTAMPTZ,
    PRIMARY KEY (service, answer),
    CONSTRAINT backlog_answer_class_ck CHECK (norm_class IN ('BELOW_BASIC', 'BASIC', 'ABOVE_BASIC', 'NOT_APPLICABLE', 'UNSPECIFIED'))
);

-- Counts per area and answer. level WARD rows are the loaded figures (source_id, source_line);
-- the others are roll-ups of those wards (source_id of the last load, no line). One row per
-- demarcation, area, service, survey year and answer: the loader keeps it so (a file with a
-- row twice is refused; a ward's figures are replaced whole), which spares a unique key that
-- would cost more to keep than the load itself.
CREATE TABLE backlog_count (
    demarcation VARCHAR(20)  NOT NULL,
    area_code   VARCHAR(40)  NOT NULL,
    level       VARCHAR(20)  NOT NULL,
    parent_code VARCHAR(40),
    area_path   TEXT         NOT NULL,
    service     VARCHAR(20)  NOT NULL,
    survey_year INT          NOT NULL,
    unit        VARCHAR(12)  NOT NULL,
    answer      VARCHAR(200) NOT NULL,
    count       BIGINT       NOT NULL,
    -- how many wards the row sums (1 for a ward)
    wards       INT          NOT NULL,
    -- the backlog_source row (no foreign key: a per-row check would cost more than the COPY itself)
    source_id   BIGINT       NOT NULL,
    source_line INT,
    CONSTRAINT backlog_count_nonnegative CHECK (count >= 0),
    CONSTRAINT backlog_count_unit_ck CHECK (unit IN ('households', 'persons'))
);
-- The indexes come in V302, after the first-start load (V301): building them once over the
-- loaded rows is faster than keeping them up to date row by row.

-- Priority programmes: named sets of areas a coordinator maintains (e.g. the 27 priority districts).
CREATE TABLE backlog_programme (
    id          BIGSERIAL    PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    owner_path  TEXT         NOT NULL,
    demo        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT backlog_programme_name_uq UNIQUE (name)
);
CREATE TABLE backlog_programme_area (
    programme_id BIGINT      NOT NULL REFERENCES backlog_programme (id) ON DELETE CASCADE,
    area_code    VARCHAR(40) NOT NULL,
    area_path    TEXT        NOT NULL,
    PRIMARY KEY (programme_id, area_code)
);

INSERT INTO backlog_answer_class (service, answer, norm_class, default_class, position) VALUES
 ('water', 'Regional/local water scheme (operated by municipality or other water services provider)', 'BASIC', 'BASIC', 1),
 ('water', 'Borehole', 'BELOW_BASIC', 'BELOW_BASIC', 2),
 ('water', 'Spring', 'BELOW_BASIC', 'BELOW_BASIC', 3),
 ('water', 'Rain water tank', 'BELOW_BASIC', 'BELOW_BASIC', 4),
 ('water', 'Dam/pool/stagnant water', 'BELOW_BASIC', 'BELOW_BASIC', 5),
 ('water', 'River/stream', 'BELOW_BASIC', 'BELOW_BASIC', 6),
 ('water', 'Water vendor', 'BELOW_BASIC', 'BELOW_BASIC', 7),
 ('water', 'Water tanker', 'BELOW_BASIC', 'BELOW_BASIC', 8),
 ('water', 'Other', 'BELOW_BASIC', 'BELOW_BASIC', 9),
 ('water', 'Not applicable', 'NOT_APPLICABLE', 'NOT_APPLICABLE', 10),
 ('water', 'Unspecified', 'UNSPECIFIED', 'UNSPECIFIED', 11),
 ('sanitation', 'Flush toilet (connected to sewerage system)', 'ABOVE_BASIC', 'ABOVE_BASIC', 1),
 ('sanitation', 'Flush toilet (with septic tank)', 'ABOVE_BASIC', 'ABOVE_BASIC', 2),
 ('sanitation', 'Pit toilet with ventilation (VIP)', 'BASIC', 'BASIC', 3),
 ('sanitation', 'Pit latrine with ventilation (VIP)', 'BASIC', 'BASIC', 4),
 ('sanitation', 'Chemical toilet', 'BELOW_BASIC', 'BELOW_BASIC', 5),
 ('sanitation', 'Pit toilet without ventilation', 'BELOW_BASIC', 'BELOW_BASIC', 6),
 ('sanitation', 'Pit latrine without ventilation', 'BELOW_BASIC', 'BELOW_BASIC', 7),
 ('sanitation', 'Bucket toilet', 'BELOW_BASIC', 'BELOW_BASIC', 8),
 ('sanitation', 'Bucket latrine', 'BELOW_BASIC', 'BELOW_BASIC', 9),
 ('sanitation', 'Other', 'BELOW_BASIC', 'BELOW_BASIC', 10),
 ('sanitation', 'None', 'BELOW_BASIC', 'BELOW_BASIC', 11),
 ('sanitation', 'Not applicable', 'NOT_APPLICABLE', 'NOT_APPLICABLE', 12),
 ('sanitation', 'Unspecified', 'UNSPECIFIED', 'UNSPECIFIED', 13),
 ('refuse', 'Removed by local authority/private company at least once a week', 'BASIC', 'BASIC', 1),
 ('refuse', 'Removed by local authority/private company less often', 'BELOW_BASIC', 'BELOW_BASIC', 2),
 ('refuse', 'Communal refuse dump', 'BELOW_BASIC', 'BELOW_BASIC', 3),
 ('refuse', 'Own refuse dump', 'BELOW_BASIC', 'BELOW_BASIC', 4),
 ('refuse', 'No rubbish disposal', 'BELOW_BASIC', 'BELOW_BASIC', 5),
 ('refuse', 'Other', 'BELOW_BASIC', 'BELOW_BASIC', 6),
 ('refuse', 'Not applicable', 'NOT_APPLICABLE', 'NOT_APPLICABLE', 7),
 ('refuse', 'Unspecified', 'UNSPECIFIED', 'UNSPECIFIED', 8),
 ('electricity', 'Electricity', 'BASIC', 'BASIC', 1),
 ('electricity', 'Gas', 'BELOW_BASIC', 'BELOW_BASIC', 2),
 ('electricity', 'Paraffin', 'BELOW_BASIC', 'BELOW_BASIC', 3),
 ('electricity', 'Candles (not a valid option)', 'BELOW_BASIC', 'BELOW_BASIC', 4),
 ('electricity', 'Solar', 'BELOW_BASIC', 'BELOW_BASIC', 5),
 ('electricity', 'None', 'BELOW_BASIC', 'BELOW_BASIC', 6),
 ('electricity', 'Not applicable', 'NOT_APPLICABLE', 'NOT_APPLICABLE', 7),
 ('electricity', 'Unspecified', 'UNSPECIFIED', 'UNSPECIFIED', 8);
