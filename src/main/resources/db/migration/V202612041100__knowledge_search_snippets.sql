-- Knowledge search snippets without ts_headline (§13, §25; goal p95 < 20 ms on 20 000 articles,
-- bench/knowledge).
--
-- ts_headline parses and stems every word of the text it is given, for each hit on the page: for
-- twenty hits that was 2.5–3.5 ms of CPU, as much as the whole match and rank of a common word,
-- and most for the any-word fallback (many alternatives, many covers to weigh). Stemming is
-- context-free: a word form has the same lexeme in every article. So the word forms the knowledge
-- base holds are stemmed once, when an article is written, and a search only looks up which of
-- them belong to the query's lexemes; the app marks those words in the text and picks the
-- fragments (ru.otklik.knowledge.internal.Snippets).
--
-- Also (each measured on the benchmark's slowest queries, see bench/knowledge/README.md): the unit
-- filter is handed to the planner as a value, the candidate statements alone are planned per call,
-- a kind filter has an index of its own, and the other-case stems and the second trigram
-- similarity are computed only where they can matter.

-- Every word form (lower case, a run of letters and digits, as the app splits the text) of the
-- articles' questions and bodies, with its lexeme under the `russian` configuration; null for a
-- stop word, which is never marked. It only grows, like kb_lexeme: a form no article holds any
-- more costs a row and is never shown.
create table kb_word_form (
    form   text primary key,
    lexeme text
);

create index kb_word_form_lexeme_idx on kb_word_form (lexeme);

create function kb_collect_word_forms() returns trigger
    language plpgsql
as $$
begin
    insert into kb_word_form (form, lexeme)
    select w.form, (select t.lexeme from unnest(to_tsvector('russian'::regconfig, w.form)) as t limit 1)
    from (select distinct m[1] as form
          from regexp_matches(lower(coalesce(new.question, '') || ' ' || new.body_plain), '[[:alnum:]]+', 'g') as m) w
    where length(w.form) <= 60
      and not exists (select 1 from kb_word_form f where f.form = w.form)
    on conflict do nothing;
    return new;
end
$$;

create trigger kb_article_word_forms
    after insert or update of question, body on kb_article
    for each row execute function kb_collect_word_forms();

insert into kb_word_form (form, lexeme)
select w.form, (select t.lexeme from unnest(to_tsvector('russian'::regconfig, w.form)) as t limit 1)
from (select distinct m[1] as form
      from kb_article a,
           regexp_matches(lower(coalesce(a.question, '') || ' ' || a.body_plain), '[[:alnum:]]+', 'g') as m) w
where length(w.form) <= 60;

-- The lexemes of a tsquery as kb_search_terms writes it (every lexeme quoted, quotes doubled).
create function kb_tsquery_lexemes(query tsquery) returns text[]
    language sql immutable parallel safe
as $$
select array(select distinct replace(m[1], '''''', '''')
             from regexp_matches(query::text, '''((?:[^'']|'''')*)''', 'g') as m)
$$;

-- As in V202611281401, but the other-case stems are looked up only for a lexeme they can exist for
-- (one ending in к or ц): five regular expressions and a lookup per word were ~10 % of a search.
create or replace function kb_search_terms(q text) returns text[]
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
        alts := array[lex];
        if right(lex, 1) in ('к', 'ц') then
            alts := alts || array(select k.lexeme from kb_lexeme k where k.lexeme = any (kb_stem_variants(lex)) and k.lexeme <> lex);
        end if;
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

-- A filter by kind scanned the whole (section_id, kind, title) index, whose first column is the
-- section: 2 ms of a 5 ms query that combined it with the title and question matches.
create index kb_article_published_kind_idx on kb_article (kind) where status = 'published';

-- A new result column needs a new function. kb_best_score (knowledge gaps) calls kb_search_ranked
-- by name and reads only the score, so it keeps working unchanged.
drop function kb_search(text, text, text, text, boolean, integer);
drop function kb_search_ranked(tsquery, text, text, text, text, boolean, integer, integer, integer);


-- The candidates for a query: the title and question matches (the first 300 found, the best
-- p_head_candidates of them by rank over the length, with their trigram likeness to the query) and,
-- when those leave room on the page, the first p_body_candidates matches anywhere. Planned per
-- call, as the plan depends on how common the query's words are.
create function kb_search_candidates(query tsquery, q text, p_kind text, p_department text, p_topic text,
                                     p_public_only boolean, p_limit integer, p_head_candidates integer,
                                     p_body_candidates integer)
    returns table (id uuid, likeness real)
    language plpgsql stable parallel safe rows 160
    set plan_cache_mode = force_custom_plan
    -- Every page is in memory: an index page costs about what a sequential one does.
    set random_page_cost = 1.1
as $$
#variable_conflict use_column
declare
    -- The unit's sections as a value, not a subquery: planned per call, the planner then knows how
    -- few articles the filter leaves (a subquery it guessed at half of them, and scanned the table
    -- for the first 300 title matches: 7 400 rows for one unit's any-word fallback).
    unit_sections uuid[];
    head_found    integer;
begin
    if p_department is not null then
        unit_sections := array(select s.id from kb_section s where s.department_code = p_department);
    end if;
    -- An article without a question is only as like the query as its title (trigram similarity
    -- costs ~20 µs a call, and most articles have no question).
    return query
    select best.id, (case when best.question is null then similarity(best.title, q)
                          else greatest(similarity(best.title, q), similarity(best.question, q)) end)::real
    from (select h.id, h.title, h.question
          from (select a.id, a.title, a.question, a.head_vector
                from kb_article a
                where a.status = 'published'
                  and (not p_public_only or (a.is_public and a.kind = 'faq'))
                  and (p_kind is null or a.kind = p_kind)
                  and (unit_sections is null or a.section_id = any (unit_sections))
                  and (p_topic is null or a.topics @> array[p_topic]::varchar(100)[])
                  and a.head_vector @@ query
                limit 300) h
          order by ts_rank(h.head_vector, query, 2) desc
          limit p_head_candidates) best;
    get diagnostics head_found = row_count;
    -- Body-only matches only when the title and question matches leave room on the page: they rank
    -- below them in nearly every case, and reading and ranking them is most of a common word's cost.
    if head_found < p_limit then
        return query
        select a.id, 0::real
        from kb_article a
        where a.status = 'published'
          and (not p_public_only or (a.is_public and a.kind = 'faq'))
          and (p_kind is null or a.kind = p_kind)
          and (unit_sections is null or a.section_id = any (unit_sections))
          and (p_topic is null or a.topics @> array[p_topic]::varchar(100)[])
          and a.search_vector @@ query
        limit p_body_candidates;
    end if;
end
$$;

-- As in V202611290500, but the last column is the text a snippet is cut from (the question, then
-- the body's first 5000 characters), not the snippet; and only the candidate statements are planned
-- per call. Ranking and reading the page by id needs no custom plan, and planning the whole search
-- as one statement took ~0.5 ms, twice for the any-word fallback.
create function kb_search_ranked(query tsquery, q text, p_kind text, p_department text, p_topic text,
                                 p_public_only boolean, p_limit integer,
                                 p_head_candidates integer default 40, p_body_candidates integer default 120)
    returns table (id uuid, title text, kind text, department_code text, score real, snippet_text text)
    language plpgsql stable parallel safe
as $$
#variable_conflict use_column
begin
    return query
    select a.id, a.title::text, a.kind::text, s.department_code::text, r.score,
           coalesce(a.question || E'\n', '') || left(a.body_plain, 5000)
    from (select c.id, (ts_rank(x.search_vector, query, 1) + c.likeness)::real as score
          from (select c.id, max(c.likeness) as likeness
                from kb_search_candidates(query, q, p_kind, p_department, p_topic, p_public_only, p_limit,
                                          p_head_candidates, p_body_candidates) c
                group by c.id) c
          join kb_article x on x.id = c.id
          order by score desc, c.id
          limit p_limit) r
    join kb_article a on a.id = r.id
    join kb_section s on s.id = a.section_id
    order by r.score desc, r.id;
end
$$;

-- All words must match; when nothing does, any word will do, still best first. Each hit carries
-- the text its snippet is cut from and the word forms there that match the query, to be marked.
create function kb_search(q text, p_kind text, p_department text, p_topic text, p_public_only boolean,
                          p_limit integer)
    returns table (id uuid, title text, kind text, department_code text, score real, snippet_text text,
                   marked_words text[])
    language plpgsql stable parallel safe
as $$
declare
    terms text[] := kb_search_terms(q);
    query tsquery;
    words text[];
begin
    if cardinality(terms) = 0 then
        return;
    end if;
    query := array_to_string(terms, ' & ')::tsquery;
    words := array(select f.form from kb_word_form f where f.lexeme = any (kb_tsquery_lexemes(query)));
    return query select r.*, words
                 from kb_search_ranked(query, q, p_kind, p_department, p_topic, p_public_only, p_limit) r;
    if not found and cardinality(terms) > 1 then
        -- Any of several words matches nearly everything: the title and question matches carry
        -- this ranking, the body sample is kept small.
        return query select r.*, words
                     from kb_search_ranked(array_to_string(terms, ' | ')::tsquery, q, p_kind, p_department,
                                           p_topic, p_public_only, p_limit, 40, 40) r;
    end if;
end
$$;
