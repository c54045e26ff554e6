-- Written messages (§2) and the per-year registration counters.

create table registration_counter (
    year       integer primary key,
    last_value bigint  not null
);

create table message (
    id                   uuid primary key,
    registration_number  varchar(20)  not null unique,
    received_at          timestamptz  not null,
    due_at               timestamptz  not null,
    due_rule             varchar(40)  not null,
    due_calendar_version varchar(40)  not null,
    due_provisional      boolean      not null,
    status               varchar(30)  not null,
    intake_channel       varchar(20)  not null,
    author_name          varchar(200) not null,
    email                varchar(254),
    phone                varchar(20),
    postal_address       varchar(500),
    preferred_channel    varchar(10)  not null,
    additional_channel   varchar(10),
    text                 text         not null,
    client_subject       varchar(255),
    version              bigint       not null default 0,
    constraint message_channels_differ check (additional_channel is null or additional_channel <> preferred_channel)
);

create index message_inbox_idx on message (due_at, received_at, registration_number);
create index message_client_idx on message (client_subject, received_at desc) where client_subject is not null;

-- Every staff access to personal data: append-only, kept with the records it describes.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor       varchar(255) not null,
    actor_roles varchar(500) not null,
    action      varchar(200) not null,
    record_kind varchar(50)  not null,
    record_id   varchar(500)
);

create index audit_event_record_idx on audit_event (record_kind, record_id);
