-- Referrals: a family referred by a school (or a partner system), with its children, carers, needs and consent,
-- its state and full history. Constraints keep the invariants even if the application has a bug.

create table need_tag (
    code     varchar(40) primary key check (code ~ '^[A-Z_]+$'),
    label    text not null,
    position int not null,
    active   boolean not null default true
);

insert into need_tag (code, label, position) values
    ('ATTACHMENT', 'Attachment difficulties', 1),
    ('PARENTAL_MENTAL_HEALTH', 'Parental mental health', 2),
    ('DOMESTIC_ABUSE', 'Domestic abuse witnessed', 3),
    ('DYSREGULATION', 'Dysregulation', 4),
    ('PEER_RELATIONSHIPS', 'Peer relationships and self-worth', 5),
    ('SLEEP', 'Sleep', 6),
    ('ANXIETY', 'Anxiety', 7),
    ('SCHOOL_AVOIDANCE', 'School avoidance', 8),
    ('TRAUMA', 'Trauma', 9),
    ('BEREAVEMENT', 'Bereavement', 10),
    ('OTHER', 'Other', 11);

create sequence referral_reference_seq;

create table referral (
    id                          uuid primary key,
    reference                   varchar(20) not null unique check (reference ~ '^TA-[0-9]{4}-[0-9]{6}$'),
    state                       varchar(20) not null check (state in ('DRAFT', 'SUBMITTED', 'INFO_REQUESTED', 'DEFERRED',
                                    'ACCEPTED', 'SIGNPOSTED', 'DECLINED', 'ESCALATED', 'WITHDRAWN', 'ALLOCATED', 'ACTIVE', 'CLOSED')),
    school_urn                  varchar(6) not null references school (urn),
    created_by_id               text not null,
    created_by_name             text not null,
    created_by_client           text not null,
    child_first_name            text check (length(child_first_name) <= 100),
    child_last_name             text check (length(child_last_name) <= 100),
    child_date_of_birth         date,
    child_gender                varchar(10) check (child_gender in ('FEMALE', 'MALE', 'OTHER', 'NOT_KNOWN')),
    child_year_group            smallint check (child_year_group between 0 and 13),
    child_upn                   varchar(13) check (child_upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
    child_upn_temporary         boolean,
    child_nhs_number            varchar(10) check (child_nhs_number ~ '^[0-9]{10}$'),
    child_sen_provision         char(1) check (child_sen_provision in ('N', 'K', 'E')),
    child_primary_need          varchar(4) check (child_primary_need in
                                    ('SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH', 'NSA')),
    child_has_support_plan      boolean,
    needs_description           text check (length(needs_description) <= 10000),
    attendance_percent          numeric(5, 2) check (attendance_percent between 0 and 100),
    suspensions_this_year       smallint check (suspensions_this_year between 0 and 365),
    at_risk_of_exclusion        boolean,
    school_actions              text check (length(school_actions) <= 10000),
    known_to_early_help         varchar(7) check (known_to_early_help in ('YES', 'NO', 'UNKNOWN')),
    known_to_social_care        varchar(7) check (known_to_social_care in ('YES', 'NO', 'UNKNOWN')),
    consent_given_by            text check (length(consent_given_by) <= 200),
    consent_given_on            date,
    consent_method              varchar(10) check (consent_method in ('IN_PERSON', 'PHONE', 'WRITTEN', 'EMAIL')),
    consent_information_sharing boolean,
    safeguarding_concern        boolean not null default false,
    safeguarding_needs_attention boolean not null default false,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    submitted_at                timestamptz,
    version                     bigint not null default 0,
    -- Every state after DRAFT was reached through a submission (a draft may be withdrawn unsubmitted).
    constraint referral_submitted_state check (state in ('DRAFT', 'WITHDRAWN') or submitted_at is not null),
    -- A submitted referral has consent and the child's essentials, whatever the code does.
    constraint referral_submitted_complete check (submitted_at is null or (
        consent_given_by is not null and consent_given_on is not null and consent_method is not null
        and consent_information_sharing
        and child_first_name is not null and child_last_name is not null and child_date_of_birth is not null
        and known_to_early_help is not null and known_to_social_care is not null)),
    constraint referral_safeguarding_flag check (safeguarding_concern or not safeguarding_needs_attention)
);
create index referral_created_idx on referral (created_at desc, id desc);
create index referral_school_created_idx on referral (school_urn, created_at desc, id desc);
create index referral_state_created_idx on referral (state, created_at desc, id desc);
create index referral_client_created_idx on referral (created_by_client, created_at desc, id desc);
create index referral_child_name_idx on referral (lower(child_last_name), lower(child_first_name));

create table referral_sibling (
    referral_id   uuid not null references referral (id) on delete cascade,
    position      smallint not null check (position >= 0),
    first_name    text check (length(first_name) <= 100),
    last_name     text check (length(last_name) <= 100),
    date_of_birth date,
    primary key (referral_id, position)
);

create table referral_carer (
    referral_id        uuid not null references referral (id) on delete cascade,
    position           smallint not null check (position >= 0),
    name               text check (length(name) <= 200),
    relationship       text check (length(relationship) <= 100),
    phone              text check (length(phone) <= 40),
    email              text check (length(email) <= 254),
    preferred_language text check (length(preferred_language) <= 100),
    interpreter_needed boolean,
    primary key (referral_id, position)
);

create table referral_need (
    referral_id uuid not null references referral (id) on delete cascade,
    tag         varchar(40) not null references need_tag (code),
    primary key (referral_id, tag)
);
create index referral_need_tag_idx on referral_need (tag);

create table referral_history (
    id          uuid primary key,
    referral_id uuid not null references referral (id) on delete cascade,
    at          timestamptz not null,
    from_state  varchar(20),
    to_state    varchar(20) not null,
    by_id       text not null,
    by_name     text not null,
    reason      text check (length(reason) <= 2000)
);
create index referral_history_referral_idx on referral_history (referral_id, at);

-- Partner systems may retry a write: the same key and body answer the stored response again.
create table idempotency_record (
    client_id     text not null,
    idem_key      varchar(200) not null,
    operation     text not null,
    request_hash  varchar(64) not null,
    status        smallint not null,
    resource_id   uuid not null,
    created_at    timestamptz not null,
    primary key (client_id, idem_key)
);

-- Who read or changed which record, written in the transaction of the thing it records; append-only.
create table audit_event (
    id          uuid primary key,
    at          timestamptz not null,
    user_id     text not null,
    username    text,
    roles       text not null,
    client_id   text,
    action      varchar(12) not null check (action in ('READ', 'LIST', 'CREATE', 'UPDATE', 'TRANSITION', 'EXPORT', 'DENIED')),
    record_type varchar(40) not null,
    record_id   uuid,
    request_id  varchar(100),
    source_ip   varchar(64)
);
create index audit_event_record_idx on audit_event (record_id, at);
create index audit_event_user_idx on audit_event (user_id, at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
