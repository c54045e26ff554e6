-- §35 review reminders: the head of each unit is reminded of its sections due or overdue for
-- review, once per section and due date.

-- Where the unit head's reminders go; set by an administrator (no reminder while empty).
alter table department add column head_email varchar(254);

create table kb_review_reminder (
    section_id  uuid        not null references kb_section (id),
    due_on      date        not null,
    reminded_at timestamptz not null,
    recipient   varchar(254) not null,
    primary key (section_id, due_on)
);
