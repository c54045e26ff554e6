-- Every intake channel of §2 registers through one path: the message records its kind and
-- channel, files arrive as attachments, and later mail about a message is kept beside it.

alter table message add column kind varchar(30) not null default 'appeal';
alter table message add constraint message_kind_ck check (kind in
    ('appeal', 'request', 'application', 'proposal', 'complaint', 'information_request', 'internal'));
alter table message add constraint message_intake_channel_ck check (intake_channel in
    ('portal', 'api', 'email', 'paper', 'in_person', 'internal'));
-- the staff member who registered a paper letter or a document handed in; null for self-service intake
alter table message add column registered_by varchar(255);
-- the sender's own reference on a letter ("исх. № 15 от 20.11.2026")
alter table message add column sender_reference varchar(200);
-- whether the §10 primary response was queued at registration (automatic mail gets none)
alter table message add column acknowledged boolean not null default true;

-- Mail and other documents about an already registered message: never a new message, never a
-- change of its state; staff read them on the message.
create table message_correspondence (
    id               uuid primary key,
    message_id       uuid          not null references message (id),
    direction        varchar(10)   not null default 'incoming',
    channel          varchar(20)   not null,
    received_at      timestamptz   not null,
    from_name        varchar(200),
    from_address     varchar(320),
    subject          varchar(1000),
    text             text          not null,
    email_message_id varchar(998),
    automatic        boolean       not null default false,
    constraint message_correspondence_direction_ck check (direction in ('incoming'))
);

create index message_correspondence_message_idx on message_correspondence (message_id, received_at);

-- Files of a message or of its correspondence. The bytes live in the same database as the
-- message, so a registration stores all of them or none, and backups and retention (§4) cover both.
create table message_attachment (
    id                uuid primary key,
    message_id        uuid          not null references message (id),
    correspondence_id uuid          references message_correspondence (id),
    position          integer       not null,
    file_name         varchar(255)  not null,
    media_type        varchar(100)  not null,
    size_bytes        bigint        not null,
    sha256            varchar(64)   not null,
    content           bytea         not null,
    created_at        timestamptz   not null
);

create index message_attachment_message_idx on message_attachment (message_id, position);

-- Every mail taken from the department mailbox, by its Message-ID: written in the same
-- transaction as the registration it caused, so a crash before the mail is flagged \Seen never
-- registers it twice.
create table mail_intake (
    email_message_id  varchar(998)  primary key,
    outcome           varchar(20)   not null,
    message_id        uuid          references message (id),
    correspondence_id uuid          references message_correspondence (id),
    from_address      varchar(320),
    subject           varchar(1000),
    reason            varchar(500),
    received_at       timestamptz,
    processed_at      timestamptz   not null,
    constraint mail_intake_outcome_ck check (outcome in ('registered', 'follow_up', 'filed'))
);

create index mail_intake_message_idx on mail_intake (message_id) where message_id is not null;

-- Replies to our mail name its Message-ID in In-Reply-To / References; threading looks it up.
create index notification_email_message_id_idx on notification (email_message_id) where email_message_id is not null;
