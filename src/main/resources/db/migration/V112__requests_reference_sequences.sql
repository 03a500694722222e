-- Reference numbers now come from one sequence per municipality and year (created on first use
-- by ReferenceNumbers), so filings no longer queue behind a counter row.
DROP TABLE request_reference_counter;
