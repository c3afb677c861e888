-- The support plan of a case: SMART actions (what, who, by when, status) and the interventions used, from a list
-- the service keeps. Every saved version is kept in case_record_version (kind PLAN).

create table intervention (
    code      varchar(40) primary key check (code ~ '^[A-Z_]+$'),
    label     text not null check (length(label) between 1 and 200),
    enabled   boolean not null default true,
    position  smallint not null
);
insert into intervention (code, label, position) values
    ('PACE', 'PACE (playfulness, acceptance, curiosity, empathy)', 1),
    ('RESPECT_RESTORE_REBUILD', 'Respect, Restore, Rebuild', 2),
    ('RELATE_TO_EDUCATE', 'Relate to Educate', 3),
    ('PARENTING_PROGRAMME', 'Parenting programme', 4),
    ('GROUP_WORK', 'Parent or children''s group', 5),
    ('DIRECT_WORK', 'Direct work with the child', 6),
    ('ONWARD_REFERRAL', 'Referral on to another service', 7);

create table support_plan (
    id               uuid primary key,
    case_id          uuid not null unique references support_case (id),
    updated_at       timestamptz not null,
    updated_by_name  text not null,
    version          bigint not null default 0
);

create table plan_action (
    id              uuid primary key,
    plan_id         uuid not null references support_plan (id),
    position        smallint not null check (position >= 0),
    what            text not null check (length(trim(what)) between 1 and 500),
    who             varchar(12) not null check (who in ('FAMILY', 'SCHOOL', 'PRACTITIONER', 'PARTNER')),
    partner_agency  text check (length(partner_agency) <= 200),
    by_when         date not null,
    status          varchar(12) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    check ((who = 'PARTNER') = (partner_agency is not null)),
    unique (plan_id, position) deferrable initially deferred
);

create table plan_intervention (
    plan_id  uuid not null references support_plan (id),
    code     varchar(40) not null references intervention (code),
    primary key (plan_id, code)
);
