-- The bench data set's schools and referrals (child, carers, siblings, needs, their creation and submission).
-- psql variables: n (referrals), schools, pool (newest referrals left SUBMITTED for the triage load), first_day,
-- last_day (the span the referrals were made in). Ids are md5 of a name and a number, so every other file can
-- point at a referral without a join, and a rerun with the same figures makes the same rows.
\set ON_ERROR_STOP on
set synchronous_commit = off;             -- this session only: a crash would just mean generating again
set max_parallel_workers_per_gather = 0;  -- one scan order, so setseed() makes the same rows every time
select setseed(0.4242);

insert into school (urn, name, area_id, phase, sen_percent, looked_after, mobility_percent, eal_percent)
select lpad((100000 + i)::text, 6, '0'), 'Bench School ' || i, areas[1 + i % 4],
       (array['PRIMARY', 'PRIMARY', 'PRIMARY', 'SECONDARY', 'SPECIAL', 'ALL_THROUGH'])[1 + i % 6],
       round((8 + random() * 25)::numeric, 2), floor(random() * 12)::int,
       round((3 + random() * 15)::numeric, 2), round((random() * 40)::numeric, 2)
from generate_series(5, :schools) i,
     (select array_agg(id order by name) areas from area) a;

-- One row per referral with its random draws; the newest `pool` wait for the panel.
create temp table bench_referral as
select i, created_at, u, school_urn,
       case when i > :n - :pool then 'SUBMITTED'
            when u < 0.02 then 'DRAFT' when u < 0.04 then 'WITHDRAWN' when u < 0.05 then 'INFO_REQUESTED'
            when u < 0.055 then 'DEFERRED' when u < 0.085 then 'ESCALATED' when u < 0.30 then 'SIGNPOSTED'
            when u < 0.6995 then 'DECLINED' when u < 0.70 then 'ACCEPTED'
            -- 30% became cases: the recent ones are still open.
            when created_at > :'last_day'::date - 30 then 'ALLOCATED'
            when created_at > :'last_day'::date - 200 then 'ACTIVE'
            else 'CLOSED' end as state
from (select i, random() + 0 * i as u,
             :'first_day'::timestamptz + (:'last_day'::timestamptz - :'first_day'::timestamptz) * ((i - 1 + random()) / :n)
                 as created_at,
             -- One referral in 20 comes from school 100001, so senco1's lists are long.
             case when random() < 0.05 then '100001'
                  else lpad((100001 + floor(random() * :schools))::text, 6, '0') end as school_urn
      from generate_series(1, :n) i) g;

insert into referral (id, reference, state, school_urn, created_by_id, created_by_name, created_by_client,
    child_first_name, child_last_name, child_date_of_birth, child_gender, child_year_group, child_sen_provision,
    child_primary_need, child_has_support_plan, needs_description, attendance_percent, suspensions_this_year,
    at_risk_of_exclusion, school_actions, known_to_early_help, known_to_social_care, consent_given_by,
    consent_given_on, consent_method, consent_information_sharing, safeguarding_concern, created_at, updated_at,
    submitted_at)
select md5('referral:' || b.i)::uuid,
       'TA-' || extract(year from b.created_at)::int || '-'
           || lpad((row_number() over (partition by extract(year from b.created_at) order by b.i))::text, 6, '0'),
       b.state, b.school_urn, 'bench-referrer-' || b.school_urn, 'School SENCo', 'teamaround-spa',
       (array['Amelia', 'Oliver', 'Isla', 'George', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Arthur', 'Lily', 'Harry',
              'Zara', 'Muhammad', 'Grace', 'Jack', 'Ruby', 'Theo', 'Ella', 'Oscar'])[1 + floor(random() * 20)::int],
       (array['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright',
              'Khan', 'Walker', 'Hughes', 'Green', 'Hall', 'Wood', 'Clarke', 'Lewis', 'Shaw', 'Ahmed'])[1 + floor(random() * 20)::int],
       b.created_at::date - (365 * (5 + b.age) + floor(random() * 360))::int,
       (array['FEMALE', 'MALE', 'MALE', 'FEMALE', 'NOT_KNOWN'])[1 + floor(random() * 5)::int],
       b.age, (array['N', 'K', 'K', 'E'])[1 + floor(random() * 4)::int],
       case when random() < 0.8 then 'SEMH' else 'ASD' end, random() < 0.1,
       'Struggles with transitions and unstructured time; becomes dysregulated after weekends and contact visits. '
           || 'Has said they feel nobody at home listens. Referral ' || b.i || ' of the bench data set.',
       round((70 + random() * 30)::numeric, 2), floor(random() * 4)::int, random() < 0.15,
       'Nurture group twice a week, a key adult at the start of the day, a meet-and-greet and a calm space plan.',
       case when random() < 0.9 then 'NO' else 'YES' end, case when random() < 0.95 then 'NO' else 'UNKNOWN' end,
       'Parent of referral ' || b.i, b.created_at::date,
       (array['IN_PERSON', 'PHONE', 'WRITTEN', 'EMAIL'])[1 + floor(random() * 4)::int], true, random() < 0.02,
       b.created_at, b.created_at + case when b.state = 'DRAFT' then interval '0' else interval '2 hours' end,
       case when b.state <> 'DRAFT' then b.created_at + interval '2 hours' end
from (select *, floor(random() * 7)::int as age from bench_referral) b;

insert into referral_carer (referral_id, position, name, relationship, phone, email, preferred_language,
    interpreter_needed)
select md5('referral:' || i)::uuid, p, 'Carer ' || p || ' of referral ' || i,
       case p when 0 then 'Mother' else 'Father' end, '07700 900' || lpad((i % 1000)::text, 3, '0'),
       'carer' || p || '.' || i || '@example.org', case when random() < 0.9 then 'English' else 'Urdu' end, false
from bench_referral, generate_series(0, 1) p
where p = 0 or u * 7 - floor(u * 7) < 0.5;

insert into referral_sibling (referral_id, position, first_name, last_name, date_of_birth)
select md5('referral:' || i)::uuid, 0, 'Sibling', 'of referral ' || i, created_at::date - 365 * 3
from bench_referral
where u * 13 - floor(u * 13) < 0.4;

-- One or two presenting needs, never the same twice.
insert into referral_need (referral_id, tag)
select md5('referral:' || i)::uuid, tags[1 + (k + j) % 10]
from bench_referral, generate_series(0, 1) j,
     lateral (select floor(u * 1000)::int % 10 as k) pick,
     (select array_agg(code order by position) tags from need_tag where code <> 'OTHER') t
where j = 0 or u * 17 - floor(u * 17) < 0.5;

-- History: started as a draft; submitted two hours later; some withdrawn before the panel.
insert into referral_history (id, referral_id, at, from_state, to_state, by_id, by_name, reason)
select md5('history:start:' || i)::uuid, md5('referral:' || i)::uuid, created_at, null, 'DRAFT',
       'bench-referrer-' || school_urn, 'School SENCo', null
from bench_referral;
insert into referral_history (id, referral_id, at, from_state, to_state, by_id, by_name, reason)
select md5('history:submit:' || i)::uuid, md5('referral:' || i)::uuid, created_at + interval '2 hours', 'DRAFT',
       'SUBMITTED', 'bench-referrer-' || school_urn, 'School SENCo', null
from bench_referral where state <> 'DRAFT';
insert into referral_history (id, referral_id, at, from_state, to_state, by_id, by_name, reason)
select md5('history:withdraw:' || i)::uuid, md5('referral:' || i)::uuid, created_at + interval '3 days',
       'SUBMITTED', 'WITHDRAWN', 'bench-referrer-' || school_urn, 'School SENCo', 'The family moved away'
from bench_referral where state = 'WITHDRAWN';

-- The service numbers this year's next referral after the generated ones.
select setval('referral_reference_seq', greatest(1, (select count(*) from bench_referral
    where extract(year from created_at) = extract(year from now()))));
