-- §13: the knowledge base owns the wording of notices. Each template belongs to the department
-- (knowledge-base unit) whose editors may change it; administrators may change any. The code
-- refers to department.code (checked by the service when an owner is set, not by a foreign key, so
-- the knowledge feature keeps its tables to itself); the owner travels with every version so history shows who owned it.

alter table notification_template add column owner_department varchar(40);

update notification_template set owner_department = case kind
    when 'inadmissibility_notice' then 'legal'
    when 'redirect_notice' then 'legal'
    when 'term_extension' then 'legal'
    else 'reception'
end;

alter table notification_template alter column owner_department set not null;
