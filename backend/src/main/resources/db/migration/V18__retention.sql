-- Retention: a family's record is kept until its retention date (by default the child's 25th birthday); a sweep marks
-- ended records past it for review, a senior confirms or holds each, and erasure removes the personal data while the
-- rest stays as an anonymised tombstone that the reports still count.

alter table referral add column erased_at timestamptz;

-- An erased referral no longer holds the child's essentials or who gave consent.
alter table referral
    drop constraint referral_submitted_complete,
    add constraint referral_submitted_complete check (erased_at is not null or submitted_at is null or (
        consent_given_by is not null and consent_given_on is not null and consent_method is not null
        and consent_information_sharing
        and child_first_name is not null and child_last_name is not null and child_date_of_birth is not null
        and known_to_early_help is not null and known_to_social_care is not null)),
    add constraint referral_erased_has_no_child check (erased_at is null or (
        child_first_name is null and child_last_name is null and child_date_of_birth is null
        and child_upn is null and child_nhs_number is null and needs_description is null
        and school_actions is null and consent_given_by is null));

create table retention_review (
    id               uuid primary key,
    referral_id      uuid not null unique references referral (id),
    state            varchar(6) not null check (state in ('DUE', 'HELD', 'ERASED')),
    due_on           date not null,
    marked_at        timestamptz not null,
    decided_at       timestamptz,
    decided_by_id    text,
    decided_by_name  text,
    hold_reason      text check (length(trim(hold_reason)) between 1 and 2000),
    keep_until       date,
    version          bigint not null default 0,
    constraint retention_review_decided check ((state = 'DUE') = (decided_at is null)
        and (decided_at is null) = (decided_by_id is null) and (decided_at is null) = (decided_by_name is null)),
    constraint retention_review_held check ((state = 'HELD') = (hold_reason is not null and keep_until is not null))
);
create index retention_review_state_idx on retention_review (state, due_on, id);

-- Saved versions stay append-only, except that erasure removes an erased family's versions.
create or replace function case_record_version_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and exists (select 1 from support_case c join referral r on r.id = c.referral_id
                                    where c.id = old.case_id and r.erased_at is not null) then
        return old;
    end if;
    raise exception 'case_record_version is append-only';
end;
$$;

-- The trail keeps that a record was erased, and who signed in. (V17 made the partitioned table beside V2's, whose
-- constraint kept the plain name: this one is ..._check1.)
alter table audit_event
    drop constraint audit_event_action_check1,
    add constraint audit_event_action_known check (action in ('READ', 'LIST', 'CREATE', 'UPDATE', 'TRANSITION',
        'EXPORT', 'DENIED', 'ERASE', 'SIGN_IN'));

-- The sign-in sessions the backend has seen (Keycloak's session id, or a partner system's token): the first request of
-- each is audited as SIGN_IN once, whichever replica it reaches.
create table sign_in_seen (
    session_key  varchar(200) primary key,
    seen_at      timestamptz not null
);
create index sign_in_seen_at_idx on sign_in_seen (seen_at);
