-- §32–§34: files of a knowledge-base article (the text of an act, a form to fill in, a job description).
-- The type is what the bytes are, never the name the client gave. A removed file is kept, marked
-- removed, so the history can still say what the article offered and who took it away.
create table kb_article_attachment (
    id          uuid          primary key,
    article_id  uuid          not null references kb_article (id),
    file_name   varchar(255)  not null,
    media_type  varchar(100)  not null,
    size_bytes  bigint        not null check (size_bytes > 0),
    sha256      varchar(64)   not null,
    content     bytea         not null,
    added_by    varchar(255)  not null,
    added_at    timestamptz   not null,
    removed_by  varchar(255),
    removed_at  timestamptz,
    check ((removed_at is null) = (removed_by is null))
);

-- the same bytes twice on one article are refused; once removed, they may be attached again
create unique index kb_article_attachment_content_uq on kb_article_attachment (article_id, sha256)
    where removed_at is null;
create index kb_article_attachment_article_idx on kb_article_attachment (article_id, added_at);
