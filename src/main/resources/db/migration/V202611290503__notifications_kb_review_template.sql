-- §35: the reminder to a unit head about knowledge base sections due for review. Owned by the
-- reception like the other client-neutral notices (owner_department is required since 202611290400).
insert into notification_template (kind, version, subject, body, short_body, created_at, created_by, owner_department) values
('kb_review_reminder', 1,
 'Пора актуализировать разделы базы знаний',
 E'Здравствуйте, {clientName}!\n\nПодходит или прошёл срок проверки разделов базы знаний, которые ведёт {departmentName}:\n\n{sections}\n\nПроверьте, пожалуйста, актуальность материалов и отметьте проверку в разделе «База знаний» (§35).',
 'Пора проверить разделы базы знаний: {sections}',
 now(), 'system', 'reception');
