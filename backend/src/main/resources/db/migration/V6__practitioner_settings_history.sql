-- Admins set a practitioner's caseload capacity and area; those changes join the configuration history.
alter table config_change drop constraint config_change_entity_check;
alter table config_change add constraint config_change_entity_check
    check (entity in ('SCHOOL', 'AREA', 'ELIGIBILITY_RULE', 'PRACTITIONER'));
