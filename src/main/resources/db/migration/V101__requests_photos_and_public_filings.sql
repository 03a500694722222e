-- Photos a reporter attached: ids of documents in the documents module (no foreign key across modules).
CREATE TABLE service_request_photo (
    request_id  BIGINT NOT NULL REFERENCES service_request (id),
    document_id UUID   NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (request_id, document_id)
);

-- Anonymous filings per client address, for the hourly limit; rows older than an hour are deleted as new ones come.
CREATE TABLE request_public_filing (
    id        BIGSERIAL PRIMARY KEY,
    client_ip TEXT        NOT NULL,
    filed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX request_public_filing_ip_idx ON request_public_filing (client_ip, filed_at);
