-- The panel's decisions on the generated referrals and the cases the accepted ones became (contacts, a review,
-- a closure). Runs in the session of referrals.sql (its temp table bench_referral); psql variables as there.
-- Every area's panel met fortnightly; a referral went to its area's first meeting after submission.
\set ON_ERROR_STOP on
-- The panel's chair and the practitioners come from Keycloak through the backend (scripts/bench.sh): stop here
-- (division by zero) rather than insert nothing when they are missing.
select 1 / (select count(*) from practitioner where username = 'senior1')::int as senior1_is_a_practitioner;

create temp table bench_meeting as
select a.id as area_id, k, md5('meeting:' || a.id || ':' || k)::uuid as id, :'first_day'::date + 4 + 14 * k as day
from area a, generate_series(0, (:'last_day'::date - :'first_day'::date - 4) / 14) k;

insert into triage_meeting (id, meeting_date, area_id, chair_id, chair_name, created_at)
select m.id, m.day, m.area_id, p.id, p.name, m.day - 7
from bench_meeting m, practitioner p where p.username = 'senior1';

create temp table bench_decided as
select md5('referral:' || b.i)::uuid as referral_id, b.i, b.state, m.id as meeting_id, m.day,
       case b.state when 'INFO_REQUESTED' then 'REQUEST_INFO' when 'DEFERRED' then 'DEFER'
                    when 'ESCALATED' then 'ESCALATE' when 'SIGNPOSTED' then 'SIGNPOST'
                    when 'DECLINED' then 'DECLINE' else 'ACCEPT' end as outcome
from bench_referral b
join school s on s.urn = b.school_urn
join bench_meeting m on m.area_id = s.area_id
     and m.k = least(ceil((b.created_at::date - :'first_day'::date - 4) / 14.0)::int,
                     (:'last_day'::date - :'first_day'::date - 4) / 14)
where b.state not in ('DRAFT', 'WITHDRAWN', 'SUBMITTED');

insert into triage_decision (id, meeting_id, referral_id, outcome, rationale, decline_reason, follow_up_by,
    info_requested, decided_at, decided_by_id, decided_by_name)
select md5('decision:' || d.referral_id)::uuid, d.meeting_id, d.referral_id, d.outcome,
       'Discussed at the panel with the school and the family''s consent.',
       case when d.outcome = 'DECLINE' then (array['NEEDS_MET_BY_SCHOOL', 'KNOWN_TO_SOCIAL_CARE', 'NEEDS_NOT_SEMH',
           'NOT_ELIGIBLE_AGE', 'OTHER'])[1 + d.i % 5] end,
       case when d.outcome = 'SIGNPOST' then 'School SENCo' end,
       case when d.outcome = 'REQUEST_INFO' then 'The latest attendance figures and the support plan' end,
       d.day + time '11:00', p.id, p.name
from bench_decided d, practitioner p where p.username = 'senior1';

insert into triage_decision_service (decision_id, service_id)
select md5('decision:' || referral_id)::uuid, '6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a02'
from bench_decided where outcome = 'SIGNPOST';

insert into referral_history (id, referral_id, at, from_state, to_state, by_id, by_name, reason)
select md5('history:decision:' || d.referral_id)::uuid, d.referral_id, d.day + time '11:00', 'SUBMITTED',
       case when d.outcome = 'ACCEPT' then 'ACCEPTED' else d.state end, p.id, p.name, 'Panel decision of ' || d.day
from bench_decided d, practitioner p where p.username = 'senior1';

-- Cases: allocated a week after the panel to one of the demo realm's practitioners.
create temp table bench_case as
select md5('case:' || d.referral_id)::uuid as id, d.referral_id, d.i, d.state,
       practitioners[1 + d.i % array_length(practitioners, 1)] as practitioner_id,
       least(d.day + 7, :'last_day'::date) as allocated_on
from bench_decided d, (select array_agg(id order by username) practitioners from practitioner) p
where d.state in ('ALLOCATED', 'ACTIVE', 'CLOSED');

insert into support_case (id, referral_id, practitioner_id, state, allocated_on, first_contact_due,
    allocated_by_id, allocated_by_name, created_at, first_contact_on, next_review_due, closed_on)
select c.id, c.referral_id, c.practitioner_id, c.state, c.allocated_on, c.allocated_on + 7, s.id, s.name,
       c.allocated_on + time '09:00',
       case when c.state <> 'ALLOCATED' then c.allocated_on + 3 end,
       case when c.state = 'ACTIVE' then c.allocated_on + 45 end,
       case when c.state = 'CLOSED' then c.allocated_on + 120 end
from bench_case c, practitioner s where s.username = 'senior1';

insert into case_contact (id, case_id, contact_date, type, duration_minutes, who_seen, child_seen,
    child_seen_alone, note, recorded_by_id, recorded_by_name, recorded_at)
select md5('contact:' || c.id || ':' || j)::uuid, c.id, c.allocated_on + 3 + 14 * j,
       (array['HOME_VISIT', 'SCHOOL_VISIT', 'CALL'])[1 + j], 30 + 15 * j, 'Mother and child', true, j = 1,
       'Talked through the week; the calm space plan is helping and mornings are easier. Next visit agreed.',
       c.practitioner_id, 'Practitioner', c.allocated_on + 3 + 14 * j + time '16:00'
from bench_case c, generate_series(0, 2) j
where c.state <> 'ALLOCATED';

insert into case_review (id, case_id, held_on, attendees, decision, notes, next_due, recorded_by_id,
    recorded_by_name, recorded_at)
select md5('review:' || c.id)::uuid, c.id, c.allocated_on + 45, '["Parent", "Class teacher", "Practitioner"]',
       case when c.state = 'CLOSED' then 'CLOSE' else 'CONTINUE' end, 'Progress on every action.',
       case when c.state = 'ACTIVE' then c.allocated_on + 87 end, c.practitioner_id, 'Practitioner',
       c.allocated_on + 45 + time '15:00'
from bench_case c where c.state <> 'ALLOCATED';

insert into case_closure (id, case_id, closed_on, reason, placement_kept, attendance_percent_after,
    ehc_needs_assessment_requested, ehcp_issued, supporting_families_headlines, closed_by_id, closed_by_name,
    closed_at)
select md5('closure:' || c.id)::uuid, c.id, c.allocated_on + 120,
       (array['OUTCOMES_ACHIEVED', 'OUTCOMES_ACHIEVED', 'STEPPED_DOWN', 'DISENGAGED'])[1 + c.i % 4], true, 92.5,
       false, false, '["GOOD_EDUCATION"]', c.practitioner_id, 'Practitioner',
       c.allocated_on + 120 + time '12:00'
from bench_case c where c.state = 'CLOSED';

insert into referral_history (id, referral_id, at, from_state, to_state, by_id, by_name, reason)
select md5('history:' || step.to_state || ':' || c.referral_id)::uuid, c.referral_id, step.day + time '12:00',
       step.from_state, step.to_state, c.practitioner_id, 'Practitioner', null
from bench_case c, lateral (values ('ACCEPTED', 'ALLOCATED', c.allocated_on, true),
                                   ('ALLOCATED', 'ACTIVE', c.allocated_on + 3, c.state <> 'ALLOCATED'),
                                   ('ACTIVE', 'CLOSED', c.allocated_on + 120, c.state = 'CLOSED'))
                           step(from_state, to_state, day, happened)
where step.happened;
