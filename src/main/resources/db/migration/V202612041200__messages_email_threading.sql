-- Our mail to a client who wrote by e-mail continues the client's own thread: the message keeps
-- the Message-ID of the mail that registered it, and each e-mail notification keeps the
-- In-Reply-To / References it is sent with (stable across retries, like its own Message-ID).
alter table message add column email_message_id varchar(998);

alter table notification add column email_in_reply_to varchar(998);
alter table notification add column email_references text;
