-- What communities ask for: requests per ward (or area) per service per month, kept up to date
-- as requests are filed, so that planning, dashboards and the central database read a small
-- table instead of counting millions of requests.
CREATE TABLE request_need_by_area (
    organisation_code VARCHAR(40) NOT NULL,
    area_path         TEXT        NOT NULL,
    ward_code         VARCHAR(40) NOT NULL,
    service_code      VARCHAR(40) NOT NULL,
    month             DATE        NOT NULL,
    requests          INT         NOT NULL,
    PRIMARY KEY (organisation_code, ward_code, service_code, month)
);
CREATE INDEX request_need_by_area_path_idx ON request_need_by_area (area_path text_pattern_ops);
