-- Knowledge search speed (§13, §25; goal p95 < 20 ms on 20 000 articles, bench/knowledge).
--
-- What EXPLAIN (ANALYZE, BUFFERS) of the previous version showed, for a query of common words
-- («земельного участка» matches 15 761 of 20 000 articles):
-- * the one generic plan estimated 100 rows for every `@@`, so it always took a bitmap scan of the
--   GIN index. For a rare word that is right; for a common one the bitmap is built over every
--   match (15 761 entries, ~7 ms) to then read just the first 120 of them;
-- * the body-only candidates were ranked (ts_rank over the whole weighted vector) even when the
--   title and question matches alone filled the page;
-- * pre-ranking up to 300 title and question matches by cover density (ts_rank_cd) cost ~10 ms
--   for the fallback query of any word, whose alternatives match nearly every title;
-- * GIN indexes with fastupdate keep fresh entries in an unsorted pending list that every search
--   scans until the next vacuum; after a bulk load that list held thousands of rows.
--
-- Now: the candidate queries are planned for the actual query (custom plans: the planner reads the
-- word frequencies ANALYZE keeps for the tsvector columns and takes a sequential scan that stops
-- after the first matches for common words, the GIN index for rare ones, and folds the absent
-- filters away), body-only matches are read and ranked only when the title and question matches
-- do not fill the page, and the GIN indexes write straight into the index (articles change a few
-- times a day; searches run all the time).

alter index kb_article_search_idx set (fastupdate = off);
alter index kb_article_head_idx set (fastupdate = off);
alter index kb_article_topics_idx set (fastupdate = off);
alter index kb_referral_search_idx set (fastupdate = off);

-- The filters the search applies, for the rare case they are the selective part.
create index kb_article_public_faq_idx on kb_article (section_id) where status = 'published' and is_public and kind = 'faq';

create or replace function kb_search_ranked(query tsquery, q text, p_kind text, p_department text, p_topic text,
                                            p_public_only boolean, p_limit integer,
                                            p_head_candidates integer default 40, p_body_candidates integer default 120)
    returns table (id uuid, title text, kind text, department_code text, score real, snippet text)
    language plpgsql stable parallel safe
    -- Planned per call: the best plan depends on how common the query's words are (see above);
    -- planning costs ~0.5 ms, a wrong scan up to ten times that.
    set plan_cache_mode = force_custom_plan
    -- Every page is in memory: an index page costs about what a sequential one does. With the
    -- default (4) the planner preferred reading the whole table to a bitmap of a few hundred rows.
    set random_page_cost = 1.1
as $$
#variable_conflict use_column
begin
    return query
with sections as materialized (
    select s.id, s.department_code from kb_section s where p_department is null or s.department_code = p_department
),
eligible as not materialized (
    select a.id, a.title, a.question, a.head_vector, a.search_vector
    from kb_article a
    where a.status = 'published'
      and (not p_public_only or (a.is_public and a.kind = 'faq'))
      and (p_kind is null or a.kind = p_kind)
      and (p_department is null or a.section_id in (select s.id from sections s))
      and (p_topic is null or a.topics @> array[p_topic]::varchar(100)[])
),
head as materialized (
    select best.id, greatest(similarity(best.title, q), similarity(coalesce(best.question, ''), q)) as likeness
    from (select h.id, h.title, h.question
          from (select e.id, e.title, e.question, e.head_vector from eligible e where e.head_vector @@ query limit 300) h
          -- ts_rank over the length, not cover density: five times cheaper for a query of many
          -- alternatives (the fallback), and it still puts a title made of just the query's words first.
          order by ts_rank(h.head_vector, query, 2) desc
          limit p_head_candidates) best
),
-- Only when the title and question matches leave room on the page: a body-only match ranks below
-- them in nearly every case, and reading and ranking it is most of the cost of a common word.
body as (
    select e.id, 0::real as likeness from eligible e
    where e.search_vector @@ query and (select count(*) from head) < p_limit
    limit p_body_candidates
),
candidates as (
    select id, max(likeness) as likeness from (select * from head union all select * from body) c group by id
),
ranked as (
    select a.id, a.title, a.kind, a.section_id, a.question, a.body_plain,
           (ts_rank(a.search_vector, query, 1) + c.likeness)::real as score
    from candidates c
    join kb_article a on a.id = c.id
    order by score desc, a.id
    limit p_limit
)
-- Snippets for the returned page only (ts_headline parses all it is given, hence the cap).
select r.id, r.title::text, r.kind::text, s.department_code::text, r.score,
       ts_headline('russian'::regconfig, coalesce(r.question || E'\n', '') || left(r.body_plain, 5000), query,
                   E'StartSel=\u0002, StopSel=\u0003, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
from ranked r
join kb_section s on s.id = r.section_id
order by r.score desc, r.id;
end
$$;
