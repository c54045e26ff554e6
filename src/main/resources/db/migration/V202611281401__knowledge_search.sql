-- Knowledge search (§13, §25) lives next to its indexes: one round trip per query, and the
-- benchmark in bench/knowledge measures exactly what the app runs.

-- Snowball's Russian stemmer keeps the fleeting vowel of the nominative apart from the other cases
-- («участок» → участок, «участка» → участк; «образец» → образец, «образца» → образц), so a search
-- for one form would miss the other. These are the stems of the other forms, to be tried as well.
create function kb_stem_variants(lexeme text) returns text[]
    language sql immutable parallel safe
as $$
select array_remove(array[
    case when lexeme ~ '[бвгджзйклмнпрстфхцчшщ]к$' then left(lexeme, -1) || 'ок' end,
    case when lexeme ~ '[бвгджзйклмнпрстфхцчшщ]к$' then left(lexeme, -1) || 'ек' end,
    case when lexeme ~ '[бвгджзйклмнпрстфхцчшщ][оеё]к$' then left(lexeme, -2) || 'к' end,
    case when lexeme ~ '[бвгджзйклмнпрстфхцчшщ]ц$' then left(lexeme, -1) || 'ец' end,
    case when lexeme ~ '[бвгджзйклмнпрстфхцчшщ]ец$' then left(lexeme, -2) || 'ц' end], null)
$$;

create function kb_tsquery_literal(lexeme text) returns text
    language sql immutable parallel safe
as $$
select '''' || replace(replace(lexeme, '\', '\\'), '''', '''''') || ''''
$$;

-- One tsquery alternative group per query word: its lexeme, the other-case stems the knowledge base
-- knows, and, when the word itself is unknown (a typo), up to three nearest known lexemes by
-- trigram similarity. Stop words drop out; at most twelve words count.
create function kb_search_terms(q text) returns text[]
    language plpgsql stable parallel safe
as $$
declare
    word  text;
    lex   text;
    alts  text[];
    terms text[] := '{}';
begin
    for word in
        select m[1] from regexp_matches(lower(coalesce(q, '')), '[[:alnum:]]+', 'g') as m limit 12
    loop
        select t.lexeme into lex from unnest(to_tsvector('russian'::regconfig, word)) as t limit 1;
        continue when lex is null;
        select array_agg(v) into alts
        from (select lex as v
              union
              select k.lexeme from kb_lexeme k where k.lexeme = any (kb_stem_variants(lex))) known;
        if length(lex) >= 4 and lex !~ '^[0-9]+$' and not exists (select 1 from kb_lexeme k where k.lexeme = lex) then
            alts := alts || array(select near.lexeme
                                  from (select k.lexeme, k.lexeme <-> lex as distance
                                        from kb_lexeme k order by k.lexeme <-> lex limit 3) near
                                  where near.distance <= 1 - 0.3);
        end if;
        terms := terms || ('(' || array_to_string(array(select kb_tsquery_literal(a) from unnest(alts) a), ' | ') || ')');
    end loop;
    return terms;
end
$$;

-- Published articles matching the query, best first. Rank: text-search rank over the weighted
-- vector (title and question A, body B) plus, for articles whose title or question matches, the
-- trigram similarity of the query to that title or question, which puts the FAQ asked in exactly
-- those words first.
-- A query of common words can match thousands of articles, and ranking reads each one's whole
-- vector, which no one can wait for. So the ranking takes two steps: the articles matching in
-- their title or question (the first three hundred found) are pre-ranked on those small fields (cover density
-- over length, so a title or question made of just the query's words comes first), and the best
-- p_head_candidates of them, with the first p_body_candidates that match only in the body, are
-- ranked in full. Snippets come from the first 5000 characters (ts_headline parses all it is given)
-- and mark hits with U+0002 … U+0003; the app escapes the rest and turns the marks into <mark>.
create function kb_search_ranked(query tsquery, q text, p_kind text, p_department text, p_topic text,
                                 p_public_only boolean, p_limit integer,
                                 p_head_candidates integer default 40, p_body_candidates integer default 120)
    returns table (id uuid, title text, kind text, department_code text, score real, snippet text)
    language plpgsql stable parallel safe
    -- One plan for every query: planning this statement costs more than running it.
    set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    return query
with eligible as not materialized (
    select a.id, a.title, a.question, a.head_vector, a.search_vector
    from kb_article a
    join kb_section s on s.id = a.section_id
    where a.status = 'published'
      and (not p_public_only or (a.is_public and a.kind = 'faq'))
      and (p_kind is null or a.kind = p_kind)
      and (p_department is null or s.department_code = p_department)
      and (p_topic is null or a.topics @> array[p_topic]::varchar(100)[])
),
head as (
    select best.id, greatest(similarity(best.title, q), similarity(coalesce(best.question, ''), q)) as likeness
    from (select h.id, h.title, h.question
          from (select e.id, e.title, e.question, e.head_vector from eligible e where e.head_vector @@ query limit 300) h
          order by ts_rank_cd(h.head_vector, query, 2) desc
          limit p_head_candidates) best
),
body as (
    select e.id, 0::real as likeness from eligible e where e.search_vector @@ query limit p_body_candidates
),
candidates as (
    select id, max(likeness) as likeness from (select * from head union all select * from body) c group by id
),
ranked as (
    select a.id, a.title, a.kind, a.section_id, a.question, a.body_plain,
           (ts_rank(a.search_vector, query, 1) + c.likeness)::real as score
    from candidates c
    cross join lateral (select * from kb_article x where x.id = c.id) a
    order by score desc, a.id
    limit p_limit
)
select r.id, r.title::text, r.kind::text, s.department_code::text, r.score,
       ts_headline('russian'::regconfig, coalesce(r.question || E'\n', '') || left(r.body_plain, 5000), query,
                   E'StartSel=\u0002, StopSel=\u0003, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
from ranked r
join kb_section s on s.id = r.section_id
order by r.score desc, r.id;
end
$$;

-- All words must match; when nothing does, any word will do, still best first.
create function kb_search(q text, p_kind text, p_department text, p_topic text, p_public_only boolean,
                          p_limit integer)
    returns table (id uuid, title text, kind text, department_code text, score real, snippet text)
    language plpgsql stable parallel safe
as $$
declare
    terms text[] := kb_search_terms(q);
begin
    if cardinality(terms) = 0 then
        return;
    end if;
    return query select * from kb_search_ranked(array_to_string(terms, ' & ')::tsquery, q, p_kind, p_department,
                                                p_topic, p_public_only, p_limit);
    if not found and cardinality(terms) > 1 then
        -- Any of several words matches nearly everything: the title and question matches carry
        -- this ranking, the body sample is kept small.
        return query select * from kb_search_ranked(array_to_string(terms, ' | ')::tsquery, q, p_kind,
                                                    p_department, p_topic, p_public_only, p_limit, 40, 40);
    end if;
end
$$;
