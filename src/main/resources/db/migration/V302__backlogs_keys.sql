-- backlog_count's indexes, built once after the census load of V301: an area's own figures, and
-- an area's children.
CREATE INDEX backlog_count_area_idx ON backlog_count (demarcation, area_code, service, survey_year);
CREATE INDEX backlog_count_parent_idx ON backlog_count (demarcation, parent_code, service, survey_year);
ANALYZE backlog_count;
