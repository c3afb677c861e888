-- The service's configuration as admins change it: each area's triage cadence, area names unique whatever
-- their case, and the append-only history of every configuration change, one row per changed field.

-- A panel meets every `triage_every_weeks` weeks on `triage_weekday`, in the series that includes
-- `triage_starts_on` (which falls on that weekday), so a fortnightly cadence knows which fortnight it is.
alter table area
    add column triage_every_weeks smallint not null default 2 check (triage_every_weeks between 1 and 12),
    add column triage_weekday     varchar(9) not null default 'FRIDAY'
        check (triage_weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY')),
    add column triage_starts_on   date not null default date '2026-01-02',
    add constraint area_triage_starts_on_weekday check (extract(isodow from triage_starts_on)
        = array_position(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], triage_weekday::text));

create unique index area_name_lower_idx on area (lower(name));

-- The demo areas: Pontefract and Castleford on alternate Fridays, Airedale and Knottingley on alternate Thursdays.
update area set triage_weekday = 'FRIDAY', triage_starts_on = date '2026-01-02' where name = 'Pontefract';
update area set triage_weekday = 'FRIDAY', triage_starts_on = date '2026-01-09' where name = 'Castleford';
update area set triage_weekday = 'THURSDAY', triage_starts_on = date '2026-01-08' where name = 'Airedale';
update area set triage_weekday = 'THURSDAY', triage_starts_on = date '2026-01-15' where name = 'Knottingley';

-- Who changed which setting of the service, from what to what; written in the transaction of the change.
create table config_change (
    id          uuid primary key,
    at          timestamptz not null,
    user_id     text not null,
    username    text,
    entity      varchar(30) not null check (entity in ('SCHOOL', 'AREA', 'ELIGIBILITY_RULE')),
    entity_key  text not null check (length(entity_key) between 1 and 200),
    field       varchar(60) not null,
    old_value   text,
    new_value   text,
    check (old_value is distinct from new_value)
);
create index config_change_at_idx on config_change (at desc, id desc);
create index config_change_entity_idx on config_change (entity, entity_key, at desc);

create function config_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'config_change is append-only';
end;
$$;
create trigger config_change_no_change before update or delete on config_change
    for each row execute function config_change_is_append_only();
create trigger config_change_no_truncate before truncate on config_change
    for each statement execute function config_change_is_append_only();
