-- The official production calendar (holidays, transferred days off, working weekends, shortened
-- days) per year, and the one switch that lets deadlines fall back to weekends only.

create table calendar_year (
    year      integer      primary key check (year between 2000 and 2100),
    decree    varchar(500),
    version   integer      not null check (version > 0),
    loaded_at timestamptz  not null,
    source    varchar(300) not null
);

-- Only non-ordinary days are stored; ordinary weekdays and weekends are implicit.
create table calendar_day (
    date date         primary key,
    year integer      not null references calendar_year (year) on delete cascade,
    kind varchar(20)  not null check (kind in ('holiday', 'day_off', 'working_weekend', 'shortened')),
    note varchar(500),
    constraint calendar_day_in_year check (extract(year from date) = year)
);

create index calendar_day_year_idx on calendar_day (year);

-- A single row: without a loaded year, deadlines are refused unless an admin enables the fallback.
create table calendar_settings (
    id               smallint     primary key check (id = 1),
    fallback_enabled boolean      not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(255)
);

insert into calendar_settings (id, fallback_enabled, updated_at) values (1, false, now());
