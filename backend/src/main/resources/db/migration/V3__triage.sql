-- Triage: the Team Around the School meeting per area, its attendees, the eligibility rules it checks,
-- the service directory it signposts to, and one decision per referral per meeting.

create table eligibility_rule (
    code     varchar(30) primary key check (code in ('AGE_RANGE', 'SEMH_NEED', 'NOT_KNOWN_TO_SERVICES')),
    label    text not null,
    enabled  boolean not null default true,
    min_age  smallint check (min_age between 0 and 25),
    max_age  smallint check (max_age between 0 and 25),
    version  bigint not null default 0,
    check (code <> 'AGE_RANGE' or (min_age is not null and max_age is not null and min_age <= max_age))
);
insert into eligibility_rule (code, label, min_age, max_age) values
    ('AGE_RANGE', 'Aged 5 to 11 on the day of the panel', 5, 11),
    ('SEMH_NEED', 'Social, emotional and mental health is the primary need', null, null),
    ('NOT_KNOWN_TO_SERVICES', 'Not known to Early Help or Social Care', null, null);

-- The services a panel may signpost a family to (Open Referral UK's service fields, trimmed).
create table service_directory_entry (
    id          uuid primary key,
    name        text not null unique check (length(name) between 1 and 200),
    description text not null,
    area_id     uuid references area (id),
    contact     text not null,
    active      boolean not null default true
);
insert into service_directory_entry (id, name, description, area_id, contact) values
    ('6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a01', 'Future in Mind school wellbeing service',
     'Low-intensity CBT-informed support for anxiety and low mood, in school', null, 'fim@wellbeing.example'),
    ('6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a02', 'Family Hub parenting programme',
     'Eight-week group programme for parents and carers', null, '01924 000001'),
    ('6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a03', 'Educational psychology consultation',
     'Consultation with the school on strategies and the graduated approach', null, 'eps@council.example'),
    ('6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a04', 'Young carers service',
     'Support for children who care for a family member', null, 'youngcarers@council.example');

create table triage_meeting (
    id           uuid primary key,
    meeting_date date not null,
    area_id      uuid not null references area (id),
    chair_id     text not null,
    chair_name   text not null,
    created_at   timestamptz not null,
    version      bigint not null default 0
);
create index triage_meeting_area_date_idx on triage_meeting (area_id, meeting_date desc, id);

create table triage_attendee (
    meeting_id uuid not null references triage_meeting (id) on delete cascade,
    position   smallint not null check (position >= 0),
    name       text not null check (length(name) between 1 and 200),
    agency     text check (length(agency) <= 100),
    user_id    text,
    primary key (meeting_id, position)
);

create table triage_decision (
    id                          uuid primary key,
    meeting_id                  uuid not null references triage_meeting (id),
    referral_id                 uuid not null references referral (id),
    outcome                     varchar(15) not null check (outcome in
                                    ('ACCEPT', 'SIGNPOST', 'DECLINE', 'REQUEST_INFO', 'ESCALATE', 'DEFER')),
    rationale                   text not null check (length(trim(rationale)) between 1 and 5000),
    decline_reason              varchar(30) check (decline_reason in ('NOT_ELIGIBLE_AGE', 'KNOWN_TO_SOCIAL_CARE',
                                    'KNOWN_TO_EARLY_HELP', 'NEEDS_NOT_SEMH', 'NEEDS_MET_BY_SCHOOL', 'OTHER')),
    follow_up_by                text check (length(follow_up_by) <= 200),
    info_requested              text check (length(info_requested) <= 5000),
    eligibility_override_reason text check (length(eligibility_override_reason) <= 2000),
    eligibility_overridden      boolean not null default false,
    decided_at                  timestamptz not null,
    decided_by_id               text not null,
    decided_by_name             text not null,
    -- One decision per referral per meeting, whatever the code does.
    constraint triage_decision_once unique (meeting_id, referral_id),
    constraint triage_decision_decline_reason check ((outcome = 'DECLINE') = (decline_reason is not null)),
    constraint triage_decision_info check (outcome <> 'REQUEST_INFO' or info_requested is not null),
    constraint triage_decision_signpost check (outcome <> 'SIGNPOST' or follow_up_by is not null),
    constraint triage_decision_override check (not eligibility_overridden or eligibility_override_reason is not null)
);
create index triage_decision_referral_idx on triage_decision (referral_id, decided_at);

create table triage_decision_service (
    decision_id uuid not null references triage_decision (id) on delete cascade,
    service_id  uuid not null references service_directory_entry (id),
    primary key (decision_id, service_id)
);
