-- The notifications outbox: one row per e-mail or SMS, inserted in the transaction of the business
-- change that causes it, so a message exists exactly when that change committed. A dispatcher on
-- any instance claims due rows (FOR UPDATE SKIP LOCKED, then a short lease in claimed_until /
-- claim_token), sends them outside any transaction and records the outcome. A row is never
-- deleted by delivery: SENT and FAILED rows are the delivery history shown at /notifications.
-- area_path is the owning area's code path (see org.thusong.core.Scope) and decides who may see it.
-- The table grows with activity: created_at is the natural partition key should it ever need one.
CREATE TABLE notification_message (
    id              BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         VARCHAR(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(255),
    text_body       TEXT         NOT NULL,
    html_body       TEXT,
    area_path       TEXT         NOT NULL,
    reference       VARCHAR(100),
    status          VARCHAR(10)  NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED', 'SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      TEXT,
    claimed_until   TIMESTAMPTZ,
    claim_token     UUID,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    CHECK (channel <> 'EMAIL' OR subject IS NOT NULL)
);
-- What the dispatcher scans: only queued rows, by when they are due.
CREATE INDEX notification_message_due_idx ON notification_message (next_attempt_at, id) WHERE status = 'QUEUED';
CREATE INDEX notification_message_area_idx ON notification_message (area_path text_pattern_ops);
CREATE INDEX notification_message_created_idx ON notification_message (created_at DESC, id DESC);
CREATE INDEX notification_message_reference_idx ON notification_message (reference) WHERE reference IS NOT NULL;
