-- Registration numbers from one PostgreSQL sequence per year instead of the counter row.
--
-- The counter row was moved in its own transaction: every submission waited for the row lock
-- and for a second commit, and needed a second pooled connection while holding the first, so a
-- burst of submissions as large as the pool could leave every request waiting for a connection
-- that none would release. nextval() takes no row lock, is never rolled back and needs no
-- transaction of its own, so it runs on the submission's connection.
--
-- Numbers stay unique (message.registration_number is unique as well). Gaps are tolerated, as
-- before: a submission that fails after taking its number leaves one, and so may a server crash
-- (a sequence logs ahead). Each sequence starts after the counter row of its year, so numbers
-- already issued are never issued again.

create function next_registration_number(y integer) returns bigint
    language plpgsql as $$
declare
    seq regclass := to_regclass(format('registration_number_%s', y));
begin
    if seq is null then
        -- The first number of a year: one creator at a time; the others wait here and then find
        -- its sequence (the lock is held until the creating transaction ends).
        perform pg_advisory_xact_lock(hashtext('registration_number'), y);
        execute format('create sequence if not exists registration_number_%s as bigint start with %s', y,
                       coalesce((select last_value from registration_counter where year = y), 0) + 1);
        seq := to_regclass(format('registration_number_%s', y));
    end if;
    return nextval(seq);
end $$;

do $$
declare
    c record;
begin
    for c in select year, last_value from registration_counter loop
        execute format('create sequence registration_number_%s as bigint start with %s', c.year, c.last_value + 1);
    end loop;
end $$;

comment on table registration_counter is
    'Last registration number per year issued before numbers came from the sequences registration_number_<year>; read once per year when that sequence is created.';
