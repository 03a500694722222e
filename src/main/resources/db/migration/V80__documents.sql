-- Uploaded files: the bytes live in <data folder>/documents/<id[0:2]>/<id>; this row says what
-- they are and whose. area_path is the owning area's code path (see org.thusong.core.Scope) and
-- decides who may download it. sha256 lets anyone holding a copy prove it is the same file.
CREATE TABLE document (
    id                UUID         PRIMARY KEY,
    filename          VARCHAR(255) NOT NULL,
    label             VARCHAR(200),
    media_type        VARCHAR(100) NOT NULL,
    size_bytes        BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256            CHAR(64)     NOT NULL,
    area_path         TEXT         NOT NULL,
    organisation_code VARCHAR(40),
    uploaded_by       VARCHAR(100) NOT NULL,
    uploaded_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX document_area_idx ON document (area_path text_pattern_ops);
CREATE INDEX document_uploaded_idx ON document (uploaded_at DESC);
CREATE INDEX document_sha256_idx ON document (sha256);
