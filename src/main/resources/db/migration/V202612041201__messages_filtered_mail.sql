-- Mail the intake filter took for automatic (out-of-office, bulk, robots) is kept whole, so staff
-- can see what was filtered and why, and register a letter the filter got wrong.
alter table mail_intake add column id uuid not null default gen_random_uuid();
alter table mail_intake add constraint mail_intake_id_uk unique (id);
alter table mail_intake add column from_name varchar(200);
-- the mail as received (RFC 5322 bytes); only for filtered mail, whose content is nowhere else
alter table mail_intake add column raw bytea;
-- who registered a filtered mail as a message, and when
alter table mail_intake add column registered_by varchar(255);
alter table mail_intake add column registered_at timestamptz;

create index mail_intake_filtered_idx on mail_intake (received_at desc)
    where outcome = 'filed' or registered_by is not null;
