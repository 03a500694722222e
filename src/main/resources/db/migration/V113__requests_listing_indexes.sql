-- Lists newest-first within one municipality (Open311's list, the public map, a caller's history):
-- without this index PostgreSQL walks the whole table's submitted_at index and filters by
-- municipality, which grows with every other municipality's requests (bench/RESULTS.md).
CREATE INDEX service_request_org_submitted_idx ON service_request (organisation_code, submitted_at DESC, id DESC);
-- The staff queue: one municipality's requests of a service, by state, due first.
CREATE INDEX service_request_org_service_idx ON service_request (organisation_code, service_code, status, due_at);
