-- Contacts with the family: the first one makes the case ACTIVE and stops the first-contact clock.

alter table support_case
    add column first_contact_on date,
    add constraint support_case_first_contact_after_allocation check (first_contact_on >= allocated_on),
    add constraint support_case_active_has_first_contact
        check (state = 'ALLOCATED' or first_contact_on is not null);

create table case_contact (
    id                uuid primary key,
    case_id           uuid not null references support_case (id),
    contact_date      date not null,
    type              varchar(12) not null check (type in ('HOME_VISIT', 'SCHOOL_VISIT', 'CALL', 'MEETING', 'OTHER')),
    duration_minutes  smallint not null check (duration_minutes between 1 and 720),
    who_seen          text check (length(who_seen) <= 500),
    child_seen        boolean not null,
    child_seen_alone  boolean,
    note              text not null check (length(note) between 1 and 10000),
    recorded_by_id    text not null,
    recorded_by_name  text not null,
    recorded_at       timestamptz not null,
    check (child_seen or child_seen_alone is null or not child_seen_alone)
);
create index case_contact_case_idx on case_contact (case_id, contact_date desc);
