-- The notification outbox: rows are written in the same transaction as the business change
-- that causes them, then delivered by the dispatcher. One row per channel a notice goes to.

create table notification (
    id               uuid primary key,
    group_id         uuid          not null,
    kind             varchar(40)   not null,
    channel          varchar(10)   not null,
    route            varchar(10)   not null,
    idempotency_key  varchar(300)  not null,
    message_ref      uuid,
    client_subject   varchar(255),
    recipient_name   varchar(200)  not null,
    recipient        varchar(500)  not null,
    contact_email    varchar(254),
    contact_phone    varchar(20),
    contact_address  varchar(500),
    call_windows     jsonb,
    template_version integer       not null,
    template_values  jsonb         not null,
    subject          varchar(300)  not null,
    body_text        text          not null,
    body_html        text,
    feedback_token   varchar(64),
    email_message_id varchar(300),
    status           varchar(10)   not null,
    attempts         integer       not null default 0,
    max_attempts     integer       not null,
    next_attempt_at  timestamptz   not null,
    claimed_by       varchar(120),
    claimed_until    timestamptz,
    last_error       varchar(2000),
    provider_ref     varchar(200),
    due_by           timestamptz,
    rerouted_from    uuid references notification (id),
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    read_at          timestamptz,
    version          bigint        not null default 0,
    constraint notification_idempotency_key_uq unique (idempotency_key),
    constraint notification_status_ck check (status in ('pending', 'sending', 'sent', 'failed')),
    constraint notification_channel_ck check (channel in ('email', 'sms', 'portal', 'post', 'phone')),
    constraint notification_route_ck check (route in ('primary', 'duplicate', 'reroute'))
);

-- What the dispatcher scans: due pending rows, and claims whose lease ran out (a crashed instance).
create index notification_due_idx on notification (next_attempt_at) where status = 'pending';
create index notification_lease_idx on notification (claimed_until) where status = 'sending';
create index notification_message_idx on notification (message_ref, created_at) where message_ref is not null;
create index notification_client_idx on notification (client_subject, created_at desc) where client_subject is not null;
create index notification_failed_idx on notification (created_at desc) where status = 'failed';
create index notification_group_idx on notification (group_id);
create index notification_feedback_idx on notification (feedback_token) where feedback_token is not null;

-- Every delivery attempt with its outcome. An attempt stays 'in_progress' only while its worker
-- is sending; one found so by a later claim was interrupted (the worker died mid-send).
create table notification_attempt (
    id               bigint generated always as identity primary key,
    notification_id  uuid          not null references notification (id),
    attempt_no       integer       not null,
    worker           varchar(120)  not null,
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    outcome          varchar(12)   not null,
    detail           varchar(2000),
    email_message_id varchar(300),
    constraint notification_attempt_outcome_ck
        check (outcome in ('in_progress', 'sent', 'retry', 'failed', 'interrupted'))
);

create index notification_attempt_notification_idx on notification_attempt (notification_id, attempt_no);

create table notification_attachment (
    id              uuid primary key,
    notification_id uuid         not null references notification (id),
    file_name       varchar(200) not null,
    content_type    varchar(100) not null,
    content         bytea        not null
);

create index notification_attachment_notification_idx on notification_attachment (notification_id);

-- Post channel: the printable letter waiting for the mailroom.
create table notification_letter (
    notification_id uuid primary key references notification (id),
    pdf             bytea        not null,
    state           varchar(10)  not null,
    created_at      timestamptz  not null,
    posted_at       timestamptz,
    posted_by       varchar(255),
    constraint notification_letter_state_ck check (state in ('to_print', 'posted'))
);

create index notification_letter_state_idx on notification_letter (state, created_at);

-- Phone channel: a call for staff to make, within the client's convenient windows.
create table notification_call_task (
    notification_id uuid primary key references notification (id),
    phone           varchar(20)   not null,
    state           varchar(12)   not null,
    created_at      timestamptz   not null,
    closed_at       timestamptz,
    closed_by       varchar(255),
    note            varchar(1000),
    constraint notification_call_task_state_ck check (state in ('open', 'reached', 'unreachable'))
);

create index notification_call_task_state_idx on notification_call_task (state, created_at);
