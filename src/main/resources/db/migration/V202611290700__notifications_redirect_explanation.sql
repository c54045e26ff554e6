-- §11: the redirect notice tells the client why their question belongs to another authority,
-- in the words staff wrote when redirecting, not only where it went.
insert into notification_template (kind, version, subject, body, short_body, created_at, created_by, owner_department)
select kind, version + 1, subject,
       E'Здравствуйте, {clientName}!\n\nВаш вопрос из обращения № {registrationNumber} решает {authorityName}. {explanation}\n\n{redirectDate} мы отправили обращение туда. Ответ вы получите оттуда.\n\nКонтакты: {authorityContacts}.',
       short_body, now(), 'system', owner_department
from notification_template
where kind = 'redirect_notice'
order by version desc
limit 1;
