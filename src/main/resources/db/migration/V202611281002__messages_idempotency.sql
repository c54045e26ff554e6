-- A retried submission (same Idempotency-Key) returns the message it created the first time.
create table submission_key (
    idempotency_key varchar(200) primary key,
    request_hash    char(64)     not null,
    -- deferred: the key is claimed before the message row is written, in the same transaction
    message_id      uuid         not null references message (id) deferrable initially deferred,
    created_at      timestamptz  not null
);
