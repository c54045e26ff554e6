-- The client registry (§1–§3): persons, legal entities and internal clients with their contacts
-- and the channels they chose.

create table client (
    id                 uuid primary key,
    type               varchar(20)  not null,
    name               varchar(200) not null,
    unit_name          varchar(200),
    inn                varchar(12),
    ogrn               varchar(15),
    email              varchar(254),
    phone              varchar(20),
    postal_address     varchar(500),
    portal_subject     varchar(255) unique,
    preferred_channel  varchar(10)  not null,
    additional_channel varchar(10),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint client_type_known check (type in ('PERSON', 'LEGAL_ENTITY', 'INTERNAL')),
    constraint client_channels_differ check (additional_channel is null or additional_channel <> preferred_channel),
    constraint client_inn_digits check (inn is null or inn ~ '^([0-9]{10}|[0-9]{12})$'),
    constraint client_ogrn_digits check (ogrn is null or ogrn ~ '^([0-9]{13}|[0-9]{15})$'),
    constraint client_legal_entity_numbers check (type <> 'LEGAL_ENTITY' or (inn is not null and ogrn is not null)),
    constraint client_internal_unit check (type <> 'INTERNAL' or unit_name is not null)
);

-- One record per organisation: the INN identifies it.
create unique index client_legal_entity_inn_uq on client (inn) where type = 'LEGAL_ENTITY';
create index client_ogrn_idx on client (ogrn) where ogrn is not null;
create index client_phone_idx on client (phone) where phone is not null;
create index client_name_trgm_idx on client using gin (lower(name) gin_trgm_ops);
create index client_email_trgm_idx on client using gin (lower(email) gin_trgm_ops);
