-- Parents' and children's groups per area and half term: who belongs (cases), the sessions and who attended.

create table family_group (
    id               uuid primary key,
    name             text not null check (length(trim(name)) between 1 and 200),
    kind             varchar(8) not null check (kind in ('PARENT', 'CHILDREN')),
    area_id          uuid not null references area (id),
    school_year      varchar(7) not null check (school_year ~ '^[0-9]{4}/[0-9]{2}$'),
    half_term        varchar(8) not null check (half_term in ('AUTUMN_1', 'AUTUMN_2', 'SPRING_1', 'SPRING_2',
                         'SUMMER_1', 'SUMMER_2')),
    created_by_id    text not null,
    created_by_name  text not null,
    created_at       timestamptz not null
);

create index family_group_term on family_group (school_year, half_term, area_id);

create table group_member (
    group_id       uuid not null references family_group (id),
    case_id        uuid not null references support_case (id),
    added_by_name  text not null,
    added_at       timestamptz not null,
    primary key (group_id, case_id)
);

create index group_member_case on group_member (case_id);

create table group_session (
    id                uuid primary key,
    group_id          uuid not null references family_group (id),
    held_on           date not null,
    topic             text check (length(topic) <= 500),
    recorded_by_name  text not null,
    recorded_at       timestamptz not null,
    unique (id, group_id)
);

create index group_session_group on group_session (group_id, held_on);

-- Only a member of the session's group attends it.
create table group_attendance (
    session_id  uuid not null,
    group_id    uuid not null,
    case_id     uuid not null,
    primary key (session_id, case_id),
    foreign key (session_id, group_id) references group_session (id, group_id),
    foreign key (group_id, case_id) references group_member (group_id, case_id)
);

create index group_attendance_case on group_attendance (case_id);
