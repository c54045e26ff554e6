-- Messages belong to a client record (§1–§2), and a client without a portal login can check a
-- message's status with its registration number and a secret access code.

alter table message add column client_id uuid references client (id);
alter table message add column access_code_hash varchar(200);
create index message_client_id_idx on message (client_id, received_at desc) where client_id is not null;

-- Public history of status changes: no personal data, only what the status page shows. Written
-- by the database itself, so every way a status changes is recorded the same way.
create table message_status_change (
    id         bigint generated always as identity primary key,
    message_id uuid        not null references message (id) on delete cascade,
    status     varchar(30) not null,
    changed_at timestamptz not null
);
create index message_status_change_message_idx on message_status_change (message_id, changed_at, id);

create function message_status_change_record() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into message_status_change (message_id, status, changed_at) values (new.id, new.status, new.received_at);
    elsif new.status is distinct from old.status then
        insert into message_status_change (message_id, status, changed_at) values (new.id, new.status, now());
    end if;
    return new;
end $$;

create trigger message_status_change_trg after insert or update of status on message
    for each row execute function message_status_change_record();

-- Failed status-page lookups per registration number, so guessing codes locks the number for a while.
create table status_lookup_failure (
    registration_number varchar(20) primary key,
    failures            integer     not null,
    first_failed_at     timestamptz not null,
    locked_until        timestamptz
);

-- Messages registered before the history existed start it with their current status.
insert into message_status_change (message_id, status, changed_at) select id, status, received_at from message;
