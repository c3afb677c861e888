-- One slice (rows lo..hi of total) of the bench audit trail, as the superuser: the trail belongs to
-- teamaround_audit, which nobody signs in as. Row g happened at first_day + span * g / total, so each slice fills
-- a few months' partitions in order; it names a referral made before it (k <= n * g / total), so old records
-- gather more reads, as they do.
\set ON_ERROR_STOP on
set synchronous_commit = off;
set max_parallel_workers_per_gather = 0;
select setseed(:lo::float8 / (:total + 1));

insert into audit_event (id, at, user_id, username, roles, client_id, action, record_type, record_id, request_id,
    source_ip)
select md5('audit:' || g)::uuid,
       :'first_day'::timestamptz + (:'last_day'::timestamptz - :'first_day'::timestamptz) * (g::float8 / :total),
       'bench-user-' || g % 40, 'user' || g % 40,
       (array['referrer', 'practitioner', 'senior,practitioner', 'referrer', 'practitioner'])[1 + g % 5],
       'teamaround-spa',
       (array['READ', 'READ', 'READ', 'LIST', 'LIST', 'READ', 'LIST', 'UPDATE', 'TRANSITION', 'READ'])[1 + g % 10],
       'REFERRAL', md5('referral:' || (1 + floor(random() * :n * g::float8 / :total))::bigint)::uuid,
       md5('request:' || g), '10.0.' || g % 200 || '.' || g % 250
from generate_series(:lo, :hi) g;
