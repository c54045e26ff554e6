-- Story events get their ids from a sequence in blocks of 50 instead of an identity column, so
-- the events of one step are written in one batch at flush instead of one round trip each.
-- The block size must match the allocation size of MessageEvent's generator. The sequence
-- starts past every id given so far, whichever end of its block the application takes.
alter table message_event alter column id drop identity if exists;
create sequence message_event_seq increment by 50;
select setval('message_event_seq', coalesce((select max(id) from message_event), 0) + 100, false);
-- SQL inserts outside the application still get an id (from a block of their own).
alter table message_event alter column id set default nextval('message_event_seq');
alter sequence message_event_seq owned by message_event.id;
