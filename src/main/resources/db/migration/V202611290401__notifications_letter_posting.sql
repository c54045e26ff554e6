-- The mailroom records when a letter was handed to the post and, for registered mail, the
-- Russian Post tracking number (ШПИ), so staff can answer "where is my letter" and prove the date.

alter table notification_letter add column posted_on date;
alter table notification_letter add column tracking_number varchar(20);

update notification_letter set posted_on = (posted_at at time zone 'Asia/Novosibirsk')::date where posted_at is not null;
