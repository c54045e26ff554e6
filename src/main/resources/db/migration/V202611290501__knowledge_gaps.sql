-- Knowledge base gaps (§35): recent client questions the knowledge base does not answer well,
-- grouped into candidate FAQ entries for the editors of the unit the topic belongs to.

-- Which unit answers for each topic of the §7 classifier (ru/otklik/text/taxonomy.tsv).
create table kb_topic_department (
    topic_code      varchar(100) primary key,
    department_code varchar(40)  not null references department (code)
);

insert into kb_topic_department (topic_code, department_code) values
    ('land.lease', 'land'),
    ('land.lease-payment', 'revenue'),
    ('land.purchase', 'land'),
    ('land.free', 'land-redistributed'),
    ('land.boundaries', 'land'),
    ('land.cadastral-value', 'land'),
    ('land.auction', 'land'),
    ('land.use', 'land'),
    ('land.placement', 'land'),
    ('land.control', 'control'),
    ('land.seizure', 'land'),
    ('property.lease', 'property'),
    ('property.privatisation', 'privatization'),
    ('property.registry', 'privatization'),
    ('housing', 'property'),
    ('service.status', 'reception'),
    ('service.documents', 'reception'),
    ('service.gratitude', 'reception');

-- One candidate FAQ: similar questions of one topic. Open gaps are recomputed (nightly, or on an
-- editor's request); resolved ones stay, and the questions they hold never form a new gap.
create table kb_gap (
    id              uuid           primary key,
    topic_code      varchar(100),
    department_code varchar(40)    references department (code),
    title           varchar(300)   not null,
    question_count  integer        not null check (question_count > 0),
    examples        text[]         not null,
    question_ids    varchar(100)[] not null,
    best_score      real           not null,
    first_asked_at  timestamptz    not null,
    last_asked_at   timestamptz    not null,
    computed_at     timestamptz    not null,
    status          varchar(20)    not null default 'open' check (status in ('open', 'faq_created', 'dismissed')),
    article_id      uuid           references kb_article (id),
    resolved_by     varchar(255),
    resolved_at     timestamptz,
    resolution_note varchar(1000),
    version         bigint         not null default 0,
    constraint kb_gap_faq_has_article check ((status = 'faq_created') = (article_id is not null))
);

create index kb_gap_open_idx on kb_gap (department_code, question_count desc) where status = 'open';
create index kb_gap_questions_idx on kb_gap using gin (question_ids) where status <> 'open';

-- The best score a question reaches in the knowledge base: kb_search's matching and ranking
-- without the snippets, which no one reads here.
create function kb_best_score(q text, p_department text) returns real
    language plpgsql stable parallel safe
as $$
declare
    terms text[] := kb_search_terms(q);
    best  real;
begin
    if cardinality(terms) = 0 then
        return 0;
    end if;
    select max(r.score) into best
    from kb_search_ranked(array_to_string(terms, ' & ')::tsquery, q, null, p_department, null, false, 1) r;
    if best is null and cardinality(terms) > 1 then
        -- Some of the words: at most half the credit, since the article may answer another question.
        select max(r.score) / 2 into best
        from kb_search_ranked(array_to_string(terms, ' | ')::tsquery, q, null, p_department, null, false, 1, 40, 40) r;
    end if;
    return coalesce(best, 0);
end
$$;
