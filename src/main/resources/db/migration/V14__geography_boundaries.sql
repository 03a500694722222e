-- Area boundaries, per demarcation and area code. The geometry is WKB (WGS84 longitude,
-- latitude; Polygon or MultiPolygon) read with JTS, so PostGIS is not needed; the bounding box
-- columns let a query pick boundaries by place without decoding them. A demarcation may have
-- boundaries for some levels only (ZA-2016 has no ward polygons): the product then uses lists.
CREATE TABLE geography_boundary (
    demarcation  VARCHAR(20)      NOT NULL,
    code         VARCHAR(40)      NOT NULL,
    geometry     BYTEA            NOT NULL,
    min_lon      DOUBLE PRECISION NOT NULL,
    min_lat      DOUBLE PRECISION NOT NULL,
    max_lon      DOUBLE PRECISION NOT NULL,
    max_lat      DOUBLE PRECISION NOT NULL,
    square_km    NUMERIC(12, 3)   NOT NULL,
    -- where the shape came from: the file and property it was joined by, or "union of members"
    source       TEXT             NOT NULL,
    loaded_at    TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (demarcation, code),
    FOREIGN KEY (demarcation, code) REFERENCES geography_area (demarcation, code)
);
CREATE INDEX geography_boundary_bbox_idx ON geography_boundary (demarcation, min_lon, max_lon, min_lat, max_lat);

-- Boundary imports started from the admin page or API: they run in the background and report
-- progress here (processed of total features), then what matched and what did not. A failed
-- import keeps no boundary (one transaction) but keeps this row, saying why.
CREATE TABLE geography_boundary_import (
    id              BIGSERIAL    PRIMARY KEY,
    file_name       VARCHAR(300) NOT NULL,
    demarcation     VARCHAR(20)  NOT NULL,
    level           VARCHAR(20)  NOT NULL,
    property        VARCHAR(100) NOT NULL,
    join_by         VARCHAR(10)  NOT NULL,
    parent_property VARCHAR(100),
    status          VARCHAR(10)  NOT NULL,
    processed       INT          NOT NULL DEFAULT 0,
    total           INT          NOT NULL DEFAULT 0,
    matched         INT,
    unmatched       INT,
    areas_written   INT,
    unmatched_list  TEXT,
    message         TEXT,
    started_by      VARCHAR(100),
    started_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at     TIMESTAMPTZ,
    CONSTRAINT geography_boundary_import_status_ck CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    CONSTRAINT geography_boundary_import_join_ck CHECK (join_by IN ('CODE', 'NAME'))
);
