-- Case audits: a senior starts a cycle (every 6 weeks) that samples open cases; an auditor grades each.

create table case_audit_cycle (
    id               uuid primary key,
    started_on       date not null,
    sample_size      smallint not null check (sample_size between 1 and 100),
    started_by_id    text not null,
    started_by_name  text not null,
    started_at       timestamptz not null
);

create table case_audit (
    id               uuid primary key,
    cycle_id         uuid not null references case_audit_cycle (id),
    case_id          uuid not null references support_case (id),
    grade            varchar(20) check (grade in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    findings         text check (length(findings) between 1 and 10000),
    actions          text check (length(actions) <= 10000),
    audited_by_id    text,
    audited_by_name  text,
    audited_at       timestamptz,
    version          bigint not null default 0,
    unique (cycle_id, case_id),
    constraint case_audit_graded_complete check ((grade is null) = (findings is null)
        and (grade is null) = (audited_at is null) and (grade is null) = (audited_by_id is null)
        and (grade is null) = (audited_by_name is null))
);

create index case_audit_case on case_audit (case_id);
