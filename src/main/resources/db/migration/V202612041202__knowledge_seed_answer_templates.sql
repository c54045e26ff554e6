-- Answer templates for written messages (§13), so the answer editor has real ones on the first day.
-- Placeholders in double braces are filled from the message ({{clientName}}, {{registrationNumber}},
-- {{receivedDate}}, {{dueDate}}, {{departmentName}}, {{executor}}, {{today}}); the others name what
-- the executor writes in, and the editor lists them as unfilled. The survey link (§16) is added to a
-- final answer when it is sent, so no template carries it. Templates are plain text, as the answer
-- goes out: in a refusal, {{groundsPlain}} is where the executor explains the grounds in words a
-- client understands without reading legal acts (§14). Wording is a proposal for the reception
-- to approve at its first review (§35).

insert into kb_section (id, department_code, title, description, review_cadence_months, review_anchor, created_at) values
    ('0b5e0000-0000-4000-8000-00000000a001', 'reception', 'Ответы на письменные сообщения',
     'Шаблоны ответов клиентам: предоставление информации, уточнение потребности, переадресация, отказ (§10–§16).',
     1, current_date, now());

insert into kb_article (id, section_id, kind, status, is_public, title, question, body, tags, topics,
                        current_version, created_at, created_by, updated_at, updated_by, published_at) values
('a7a70000-0000-4000-8000-000000000001', '0b5e0000-0000-4000-8000-00000000a001', 'answer_template', 'published', false,
 'Ответ на запрос информации', null,
$md$Здравствуйте, {{clientName}}!

Вы запросили информацию в сообщении от {{receivedDate}} (регистрационный номер {{registrationNumber}}). Отвечаем.

{{requestedInformation}}

Если останутся вопросы, позвоните на консультационную линию департамента: 238-60-02, 238-60-62 (приемная), с 9:00 до 18:00 с понедельника по четверг, с 9:00 до 17:00 в пятницу. При звонке назовите номер {{registrationNumber}}.

С уважением,
{{departmentName}}$md$,
 '{запрос информации,ответ,шаблон}', '{}', 1, now(), 'system', now(), 'system', now()),

('a7a70000-0000-4000-8000-000000000002', '0b5e0000-0000-4000-8000-00000000a001', 'answer_template', 'published', false,
 'Отказ: письмо с основаниями простыми словами', null,
$md$Здравствуйте, {{clientName}}!

Мы рассмотрели ваше сообщение от {{receivedDate}} (регистрационный номер {{registrationNumber}}). К сожалению, выполнить вашу просьбу мы не можем.

Почему мы отказываем:

{{groundsPlain}}

Что можно сделать:

{{nextSteps}}

Если вы не согласны с решением, вы можете обжаловать его в досудебном порядке или в суде.

С уважением,
{{departmentName}}$md$,
 '{отказ,основания отказа,шаблон}', '{}', 1, now(), 'system', now(), 'system', now()),

('a7a70000-0000-4000-8000-000000000003', '0b5e0000-0000-4000-8000-00000000a001', 'answer_template', 'published', false,
 'Переадресация: почему вопрос решает другой орган', null,
$md$Здравствуйте, {{clientName}}!

Ваше сообщение от {{receivedDate}} (регистрационный номер {{registrationNumber}}) касается вопроса, который решает не департамент, а {{authorityName}}.

{{reason}}

Поэтому мы направили ваше сообщение туда, и ответ по существу вы получите от {{authorityName}}. Повторно писать не нужно.

С уважением,
{{departmentName}}$md$,
 '{переадресация,другой орган,шаблон}', '{}', 1, now(), 'system', now(), 'system', now()),

('a7a70000-0000-4000-8000-000000000004', '0b5e0000-0000-4000-8000-00000000a001', 'answer_template', 'published', false,
 'Запрос уточнения у клиента', null,
$md$Здравствуйте, {{clientName}}!

Мы работаем над вашим сообщением от {{receivedDate}} (регистрационный номер {{registrationNumber}}). Чтобы ответить точно на ваш вопрос, нам нужно уточнить:

{{question}}

Ответьте, пожалуйста, на это письмо или позвоните исполнителю в рабочее время департамента. Ответ по существу направим не позднее {{dueDate}}.

С уважением,
{{executor}}, {{departmentName}}$md$,
 '{уточнение,запрос уточнения,шаблон}', '{}', 1, now(), 'system', now(), 'system', now());

insert into kb_article_version (article_id, number, created_at, author, change_summary, note, section_id, kind, status,
                                is_public, title, question, body, tags, topics)
select id, 1, created_at, created_by, 'Создана', 'Начальное наполнение: шаблоны ответов по Порядку взаимодействия с клиентом',
       section_id, kind, status, is_public, title, question, body, tags, topics
from kb_article where section_id = '0b5e0000-0000-4000-8000-00000000a001';
