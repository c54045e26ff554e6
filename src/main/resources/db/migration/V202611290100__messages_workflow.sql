-- The work on a written message after registration (§5–§16): triage, assignment, the story of
-- every step, clarification contacts, the answer term extension, and staff corrections of the
-- topic suggestion kept as training data.

alter table message
    add column triage_suggestion      jsonb,
    add column topic_code             varchar(60),
    add column urgent                 boolean      not null default false,
    add column abuse                  varchar(10)  not null default 'none',
    add column department_code        varchar(40),
    add column executor               varchar(255),
    add column triaged_at             timestamptz,
    add column triaged_by             varchar(255),
    add column extended_at            timestamptz,
    add column closed_at              timestamptz,
    add constraint message_abuse_known check (abuse in ('none', 'obscene', 'insult', 'threat'));

create index message_department_idx on message (department_code, due_at) where department_code is not null;
create index message_executor_idx on message (executor, due_at) where executor is not null;
create index message_status_idx on message (status, due_at);

-- Append-only: a step is never edited or removed, so the story is what happened.
create table message_event (
    id          bigint generated always as identity primary key,
    message_id  uuid         not null references message (id),
    occurred_at timestamptz  not null,
    actor       varchar(255) not null,
    kind        varchar(40)  not null,
    details     jsonb        not null default '{}'::jsonb
);

create index message_event_message_idx on message_event (message_id, id);

-- What staff decided the topic was, next to what was suggested: the suggester learns from it.
create table triage_correction (
    id              bigint generated always as identity primary key,
    message_id      uuid         not null references message (id),
    text            text         not null,
    suggested_topic varchar(60),
    chosen_topic    varchar(60)  not null,
    accepted        boolean      not null,
    decided_by      varchar(255) not null,
    decided_at      timestamptz  not null
);

create index triage_correction_decided_idx on triage_correction (decided_at);
