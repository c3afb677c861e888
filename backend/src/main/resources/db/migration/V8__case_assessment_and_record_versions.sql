-- The holistic family assessment of a case: one per case, a draft until completed, every saved version kept.

create table case_assessment (
    id                   uuid primary key,
    case_id              uuid not null unique references support_case (id),
    state                varchar(10) not null check (state in ('DRAFT', 'COMPLETED')),
    child_needs          text check (length(child_needs) <= 20000),
    parenting_capacity   text check (length(parenting_capacity) <= 20000),
    family_environment   text check (length(family_environment) <= 20000),
    strengths            text check (length(strengths) <= 20000),
    risks                text check (length(risks) <= 20000),
    wishes_and_feelings  text check (length(wishes_and_feelings) <= 20000),
    aspirations          text check (length(aspirations) <= 20000),
    school_input         text check (length(school_input) <= 20000),
    family_network       text check (length(family_network) <= 20000),
    updated_at           timestamptz not null,
    updated_by_name      text not null,
    completed_at         timestamptz,
    completed_by_id      text,
    completed_by_name    text,
    version              bigint not null default 0,
    check ((state = 'COMPLETED') = (completed_at is not null and completed_by_id is not null))
);

-- Every saved version of a case's records that keep their history (assessment, plan), as saved; append-only.
create table case_record_version (
    id              uuid primary key,
    case_id         uuid not null references support_case (id),
    kind            varchar(12) not null check (kind in ('ASSESSMENT', 'PLAN')),
    number          integer not null check (number >= 1),
    state           varchar(12),
    content         jsonb not null,
    saved_by_id     text not null,
    saved_by_name   text not null,
    saved_at        timestamptz not null,
    unique (case_id, kind, number)
);

create function case_record_version_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_record_version is append-only';
end;
$$;
create trigger case_record_version_no_change before update or delete on case_record_version
    for each row execute function case_record_version_is_append_only();
create trigger case_record_version_no_truncate before truncate on case_record_version
    for each statement execute function case_record_version_is_append_only();
