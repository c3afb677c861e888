-- The year's funnel reads each figure from one narrow table by a day range, joining nothing per referral
-- (issue 9: a year's funnel under 500 ms at a million referrals).

-- 1. Children supported counts each accepted or signposted child with their brothers and sisters: the number of
-- siblings is kept beside the first decision instead of counted per referral at every report. A referral's siblings
-- may still change after its first decision (while information is requested, and when a family is erased), so the
-- count follows every sibling added or removed.
alter table referral_first_decision add column siblings integer not null default 0 check (siblings >= 0);

update referral_first_decision f set siblings = s.n
from (select referral_id, count(*) n from referral_sibling group by referral_id) s
where s.referral_id = f.referral_id;

create or replace function referral_first_decision_keep() returns trigger language plpgsql as $$
declare
    on_day date := (select meeting_date from triage_meeting where id = new.meeting_id);
begin
    insert into referral_first_decision as f
        (referral_id, decided_on, accepted_on, signposted_on, declined_on, escalated_on, siblings)
    values (new.referral_id, on_day,
            case when new.outcome = 'ACCEPT' then on_day end,
            case when new.outcome = 'SIGNPOST' then on_day end,
            case when new.outcome = 'DECLINE' then on_day end,
            case when new.outcome = 'ESCALATE' then on_day end,
            (select count(*) from referral_sibling where referral_id = new.referral_id))
    on conflict (referral_id) do update set
        decided_on = least(f.decided_on, excluded.decided_on),
        accepted_on = least(f.accepted_on, excluded.accepted_on),
        signposted_on = least(f.signposted_on, excluded.signposted_on),
        declined_on = least(f.declined_on, excluded.declined_on),
        escalated_on = least(f.escalated_on, excluded.escalated_on);
    return new;
end;
$$;

create function referral_first_decision_siblings() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update referral_first_decision set siblings = siblings + 1 where referral_id = new.referral_id;
    else
        update referral_first_decision set siblings = siblings - 1 where referral_id = old.referral_id;
    end if;
    return null;
end;
$$;

create trigger referral_sibling_counted after insert or delete on referral_sibling
    for each row execute function referral_first_decision_siblings();

-- The discussed children's figures (discussed, the shares, children supported) read the index alone.
create index referral_first_decision_discussed_idx on referral_first_decision (decided_on)
    include (accepted_on, signposted_on, siblings);
drop index referral_first_decision_decided_idx;

-- 2. Withdrawn counts submitted referrals on the day they were withdrawn (a withdrawal is final: WITHDRAWN leads
-- nowhere). Kept as the withdrawal is recorded, so the report no longer joins each withdrawal to its referral.
create table referral_withdrawal (
    referral_id  uuid primary key references referral (id),
    withdrawn_on date not null
);
create index referral_withdrawal_day_idx on referral_withdrawal (withdrawn_on);

create function referral_withdrawal_keep() returns trigger language plpgsql as $$
begin
    insert into referral_withdrawal (referral_id, withdrawn_on)
    select r.id, (new.at at time zone 'Europe/London')::date from referral r
    where r.id = new.referral_id and r.submitted_at is not null
    on conflict (referral_id) do update set withdrawn_on = least(referral_withdrawal.withdrawn_on, excluded.withdrawn_on);
    return null;
end;
$$;

create trigger referral_history_withdrawal after insert on referral_history
    for each row when (new.to_state = 'WITHDRAWN') execute function referral_withdrawal_keep();

insert into referral_withdrawal (referral_id, withdrawn_on)
select h.referral_id, min((h.at at time zone 'Europe/London')::date)
from referral_history h join referral r on r.id = h.referral_id
where h.to_state = 'WITHDRAWN' and r.submitted_at is not null
group by h.referral_id;
