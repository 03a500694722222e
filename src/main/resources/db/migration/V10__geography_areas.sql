-- The area hierarchy, in demarcations. South Africa redraws wards before every local election,
-- so an area is known by (demarcation, code) and several demarcations live side by side; one
-- per country is current. code_path joins the codes from the country down with '/': it is what
-- scopes (org.thusong.core.Scope) match against, and it survives a redemarcation for areas that
-- keep their code.
CREATE TABLE geography_demarcation (
    code        VARCHAR(20)  PRIMARY KEY,
    country     VARCHAR(2)   NOT NULL,
    name        VARCHAR(200) NOT NULL,
    year        INT,
    is_current  BOOLEAN      NOT NULL DEFAULT FALSE,
    source      TEXT,
    licence     TEXT,
    loaded_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX geography_demarcation_one_current ON geography_demarcation (country) WHERE is_current;

CREATE TABLE geography_area (
    id            BIGSERIAL    PRIMARY KEY,
    demarcation   VARCHAR(20)  NOT NULL REFERENCES geography_demarcation (code),
    code          VARCHAR(40)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    level         VARCHAR(20)  NOT NULL,
    kind          VARCHAR(20),
    parent_code   VARCHAR(40),
    code_path     TEXT         NOT NULL,
    depth         SMALLINT     NOT NULL,
    category      VARCHAR(2),
    miif_category VARCHAR(4),
    square_km     NUMERIC(12, 3),
    population    BIGINT,
    households    BIGINT,
    -- Sorting and searching follow the country's language: a collation key made by
    -- java.text.Collator for the country's locale (Turkish: C < Ç < D, I < İ), and a folded
    -- name for accent- and case-insensitive search (ERZİNCAN, Erzincan, erzincan).
    name_sort     BYTEA        NOT NULL,
    name_folded   TEXT         NOT NULL,
    CONSTRAINT geography_area_code_uq UNIQUE (demarcation, code)
);
CREATE INDEX geography_area_parent_idx ON geography_area (demarcation, parent_code, name_sort);
CREATE INDEX geography_area_level_idx ON geography_area (demarcation, level, name_sort);
CREATE INDEX geography_area_path_idx ON geography_area (code_path text_pattern_ops);
CREATE INDEX geography_area_code_idx ON geography_area (upper(code));
