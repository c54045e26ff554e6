-- Knowledge base (§31–§35): departments, sections per function, versioned articles, reviews,
-- and the referral directory of other authorities (§29).

create extension if not exists pg_trgm;

-- The department's units with their consultation-line numbers (§18). Other features reference a
-- unit by its code.
create table department (
    code        varchar(40)   primary key,
    name        varchar(300)  not null unique,
    line_phones varchar(20)[] not null,
    sort_order  integer       not null unique
);

-- A section holds the materials of one function and belongs to the unit responsible for it (§33).
create table kb_section (
    id                    uuid         primary key,
    department_code       varchar(40)  not null references department (code),
    title                 varchar(200) not null,
    description           text,
    review_cadence_months integer      not null default 1,
    -- The date the review cycle counts from: creation, then every recorded review (§35).
    review_anchor         date         not null,
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint kb_section_title_unique unique (department_code, title),
    constraint kb_section_cadence check (review_cadence_months between 1 and 12)
);

create table kb_section_review (
    id          uuid         primary key,
    section_id  uuid         not null references kb_section (id),
    reviewed_at timestamptz  not null,
    reviewed_on date         not null,
    reviewer    varchar(255) not null,
    outcome     varchar(20)  not null check (outcome in ('no_changes', 'updated')),
    notes       text         not null
);

create index kb_section_review_section_idx on kb_section_review (section_id, reviewed_at desc);

-- Markdown reduced to the words a reader sees, so that search snippets carry no markup. Immutable,
-- hence usable in generated columns: every write path (the app, seeds, bulk loads) indexes alike.
create function kb_markdown_plain(md text) returns text
    language sql immutable parallel safe
as $$
select regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
       regexp_replace(regexp_replace(regexp_replace(coalesce(md, ''),
           '^\s*(```|~~~).*$', '', 'gn'),                          -- code fences
           '!?\[([^\]]*)\]\([^)]*\)', '\1', 'g'),                   -- links and images: their text
           '<[^>]+>', ' ', 'g'),                                    -- inline HTML
           '^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$', '', 'gn'), -- table rules
           '^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+', '', 'gn'),      -- headings, quotes, list marks
           '^\s*([-*_]\s*){3,}$', '', 'gn'),                        -- horizontal rules
           '(\*\*|__|~~|[*`])', '', 'g'),                           -- emphasis and code marks
           '\|', ' ', 'g'),                                         -- table cells
           '[ \t]+', ' ', 'g')
$$;

create table kb_article (
    id              uuid          primary key,
    section_id      uuid          not null references kb_section (id),
    kind            varchar(30)   not null,
    status          varchar(20)   not null,
    is_public       boolean       not null default false,
    title           varchar(300)  not null,
    question        text,
    body            text          not null,
    tags            varchar(60)[] not null default '{}',
    topics          varchar(100)[] not null default '{}',
    current_version integer       not null,
    created_at      timestamptz   not null,
    created_by      varchar(255)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(255)  not null,
    published_at    timestamptz,
    version         bigint        not null default 0,
    body_plain      text generated always as (kb_markdown_plain(body)) stored,
    -- §13, §25: Russian morphology; titles and FAQ questions weigh more than bodies.
    search_vector   tsvector generated always as (
        setweight(to_tsvector('russian'::regconfig, title), 'A')
        || setweight(to_tsvector('russian'::regconfig, coalesce(question, '')), 'A')
        || setweight(to_tsvector('russian'::regconfig, kb_markdown_plain(body)), 'B')) stored,
    -- Title and question alone: small, so matching in them is cheap to find and to rank in full.
    head_vector     tsvector generated always as (
        setweight(to_tsvector('russian'::regconfig, title), 'A')
        || setweight(to_tsvector('russian'::regconfig, coalesce(question, '')), 'A')) stored,
    constraint kb_article_kind check (kind in ('regulatory_acts', 'job_description', 'faq', 'answer_template',
        'solution_example', 'external_contacts', 'other', 'script_greeting', 'script_farewell', 'script_needs')),
    constraint kb_article_status check (status in ('draft', 'published')),
    constraint kb_article_faq_question check ((kind = 'faq') = (question is not null)),
    constraint kb_article_public_faq check (not is_public or kind = 'faq')
);

create index kb_article_search_idx on kb_article using gin (search_vector);
create index kb_article_head_idx on kb_article using gin (head_vector);
create index kb_article_section_idx on kb_article (section_id, kind, title);
create index kb_article_topics_idx on kb_article using gin (topics);
create index kb_article_title_trgm_idx on kb_article using gin (title gin_trgm_ops);

-- Every change of an article is a full snapshot, so any version can be shown, compared, restored.
create table kb_article_version (
    article_id     uuid           not null references kb_article (id),
    number         integer        not null,
    created_at     timestamptz    not null,
    author         varchar(255)   not null,
    change_summary varchar(500)   not null,
    note           varchar(1000),
    section_id     uuid           not null,
    kind           varchar(30)    not null,
    status         varchar(20)    not null,
    is_public      boolean        not null,
    title          varchar(300)   not null,
    question       text,
    body           text           not null,
    tags           varchar(60)[]  not null,
    topics         varchar(100)[] not null,
    primary key (article_id, number)
);

-- The words the knowledge base knows, for typo tolerance: a query word that matches nothing is
-- replaced by its nearest known lexemes (pg_trgm), as the PostgreSQL manual suggests for ts_stat.
-- Numbers are left out: a mistyped number is another number, not a typo to correct.
create table kb_lexeme (
    lexeme text primary key
);

-- GiST, because the lookup is nearest-neighbour (ORDER BY <-> LIMIT), which GIN cannot do.
create index kb_lexeme_trgm_idx on kb_lexeme using gist (lexeme gist_trgm_ops);

create function kb_collect_lexemes() returns trigger
    language plpgsql
as $$
begin
    insert into kb_lexeme (lexeme)
    select distinct l from unnest(tsvector_to_array(new.search_vector)) as l
    where length(l) between 3 and 60
      and l !~ '^[0-9]+$'
    on conflict do nothing;
    return new;
end
$$;

create trigger kb_article_lexemes
    after insert or update of title, question, body on kb_article
    for each row execute function kb_collect_lexemes();

-- Other authorities and municipalities a caller is referred to when a question is outside the
-- department's powers (§29).
create table kb_referral (
    id            uuid           primary key,
    name          varchar(300)   not null unique,
    level         varchar(20)    not null check (level in ('federal', 'regional', 'municipal', 'other')),
    competence    text           not null,
    topics        varchar(100)[] not null default '{}',
    address       varchar(500),
    phones        varchar(40)[]  not null default '{}',
    email         varchar(254),
    website       varchar(300),
    notes         text,
    updated_at    timestamptz    not null,
    updated_by    varchar(255)   not null,
    version       bigint         not null default 0,
    search_vector tsvector generated always as (
        setweight(to_tsvector('russian'::regconfig, name), 'A')
        || setweight(to_tsvector('russian'::regconfig, competence), 'B')) stored
);

create index kb_referral_search_idx on kb_referral using gin (search_vector);
create index kb_referral_topics_idx on kb_referral using gin (topics);

create trigger kb_referral_lexemes
    after insert or update of name, competence on kb_referral
    for each row execute function kb_collect_lexemes();
