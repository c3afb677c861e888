-- Allocation: the schools' vulnerability figures that order the waiting list, practitioners' capacity and area,
-- and the case an allocated referral becomes, with its first-contact clock.

alter table school
    add column sen_percent      numeric(5, 2) check (sen_percent between 0 and 100),
    add column looked_after     integer check (looked_after >= 0),
    add column mobility_percent numeric(5, 2) check (mobility_percent between 0 and 100),
    add column eal_percent      numeric(5, 2) check (eal_percent between 0 and 100);

update school set sen_percent = 18.5, looked_after = 4, mobility_percent = 9.0, eal_percent = 6.5 where urn = '100001';
update school set sen_percent = 24.0, looked_after = 7, mobility_percent = 12.5, eal_percent = 3.0 where urn = '100002';
update school set sen_percent = 15.0, looked_after = 2, mobility_percent = 6.0, eal_percent = 21.0 where urn = '100003';
update school set sen_percent = 21.0, looked_after = 5, mobility_percent = 8.0, eal_percent = 2.5 where urn = '100004';

-- A practitioner is a Keycloak user with role practitioner; we keep only what Keycloak has no place for.
create table practitioner (
    id        text primary key,
    username  text not null,
    name      text not null,
    area_id   uuid references area (id),
    capacity  smallint not null default 12 check (capacity between 0 and 200),
    version   bigint not null default 0
);

create table support_case (
    id                  uuid primary key,
    referral_id         uuid not null unique references referral (id),
    practitioner_id     text not null references practitioner (id),
    state               varchar(10) not null check (state in ('ALLOCATED', 'ACTIVE', 'CLOSED')),
    allocated_on        date not null,
    first_contact_due   date not null check (first_contact_due > allocated_on),
    allocated_by_id     text not null,
    allocated_by_name   text not null,
    override_reason     text check (length(override_reason) <= 2000),
    created_at          timestamptz not null,
    version             bigint not null default 0
);
create index support_case_practitioner_idx on support_case (practitioner_id, state);
create index support_case_school_year_idx on support_case (allocated_on);
