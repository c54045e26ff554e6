-- Retention: after the configured number of years (5 by default) a delivered or failed notice
-- keeps only its log line — kind, channel, recipient, dates, status — while its text, values,
-- contacts, attempts, attachments and printable letter are deleted. purged_at says when.

alter table notification add column purged_at timestamptz;
alter table notification_letter alter column pdf drop not null;

create index notification_retention_idx on notification (created_at)
    where purged_at is null and status in ('sent', 'failed');
