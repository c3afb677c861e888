-- Closing a case: the reason, the outcomes against the referral, and the family's and school's feedback.

-- A family may disengage before the first contact: only an ACTIVE case must have had one.
alter table support_case
    drop constraint support_case_active_has_first_contact,
    add constraint support_case_active_has_first_contact check (state <> 'ACTIVE' or first_contact_on is not null),
    add column closed_on date,
    add constraint support_case_closed_has_date check ((state = 'CLOSED') = (closed_on is not null));

create table case_closure (
    case_id                         uuid primary key references support_case (id),
    closed_on                       date not null,
    reason                          varchar(20) not null check (reason in ('OUTCOMES_ACHIEVED', 'STEPPED_DOWN',
                                        'STEPPED_UP', 'DISENGAGED', 'MOVED_AWAY', 'OTHER')),
    reason_detail                   text check (length(reason_detail) <= 2000),
    placement_kept                  boolean not null,
    attendance_percent_after        numeric(5, 2) check (attendance_percent_after between 0 and 100),
    suspensions_after               smallint check (suspensions_after >= 0),
    at_risk_of_exclusion_after      boolean,
    ehc_needs_assessment_requested  boolean not null,
    ehcp_issued                     boolean not null,
    supporting_families_headlines   jsonb not null,
    closed_by_id                    text not null,
    closed_by_name                  text not null,
    closed_at                       timestamptz not null,
    check (reason <> 'OTHER' or reason_detail is not null)
);

create table closure_feedback (
    case_id   uuid not null references case_closure (case_id),
    position  smallint not null,
    source    varchar(6) not null check (source in ('PARENT', 'CHILD', 'SCHOOL')),
    quote     text check (length(quote) <= 2000),
    rating    smallint check (rating between 1 and 5),
    check (quote is not null or rating is not null),
    primary key (case_id, position)
);
