-- Team Around the Family reviews: held every few weeks, with progress on the plan's actions, scores on the
-- service's outcome scales and a decision; an extension waits for a senior's agreement.

create table outcome_scale (
    code       varchar(40) primary key check (code ~ '^[A-Z_]+$'),
    label      text not null check (length(label) between 1 and 200),
    min_score  smallint not null default 1,
    max_score  smallint not null default 10,
    enabled    boolean not null default true,
    position   smallint not null,
    check (min_score < max_score)
);
insert into outcome_scale (code, label, position) values
    ('WELLBEING', 'The family''s view of the child''s wellbeing', 1),
    ('SCHOOL_ENGAGEMENT', 'School engagement', 2),
    ('FAMILY_RELATIONSHIPS', 'Family relationships', 3);

alter table support_case add column next_review_due date;

create table case_review (
    id                          uuid primary key,
    case_id                     uuid not null references support_case (id),
    held_on                     date not null,
    attendees                   jsonb not null,
    decision                    varchar(10) not null
        check (decision in ('CONTINUE', 'EXTEND', 'STEP_UP', 'STEP_DOWN', 'CLOSE')),
    notes                       text check (length(notes) <= 10000),
    next_due                    date check (next_due > held_on),
    extension_status            varchar(15) check (extension_status in ('AWAITING_SENIOR', 'AGREED', 'REFUSED')),
    extension_decided_by_id     text,
    extension_decided_by_name   text,
    extension_decided_at        timestamptz,
    extension_note              text check (length(extension_note) <= 2000),
    recorded_by_id              text not null,
    recorded_by_name            text not null,
    recorded_at                 timestamptz not null,
    version                     bigint not null default 0,
    check ((decision = 'EXTEND') = (extension_status is not null)),
    check ((extension_status in ('AGREED', 'REFUSED')) = (extension_decided_by_id is not null))
);
create index case_review_case_idx on case_review (case_id, held_on desc);

create table review_progress (
    review_id    uuid not null references case_review (id),
    position     smallint not null,
    action_id    uuid,
    action_what  text not null,
    status       varchar(12) not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    note         text check (length(note) <= 2000),
    primary key (review_id, position)
);

create table review_score (
    review_id  uuid not null references case_review (id),
    scale      varchar(40) not null references outcome_scale (code),
    score      smallint not null,
    primary key (review_id, scale)
);
