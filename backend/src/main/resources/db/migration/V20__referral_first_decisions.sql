-- Each referral's first triage decision, and its first of each outcome, kept as decisions are made (a decision is
-- never changed or removed, and a meeting keeps its date). The funnel report counts from here by day ranges instead
-- of grouping every decision ever made.
create table referral_first_decision (
    referral_id   uuid primary key references referral (id),
    decided_on    date not null,
    accepted_on   date,
    signposted_on date,
    declined_on   date,
    escalated_on  date,
    constraint referral_first_decision_first check (
        decided_on <= coalesce(least(accepted_on, signposted_on, declined_on, escalated_on), decided_on))
);
create index referral_first_decision_decided_idx on referral_first_decision (decided_on);
create index referral_first_decision_accepted_idx on referral_first_decision (accepted_on) where accepted_on is not null;
create index referral_first_decision_signposted_idx on referral_first_decision (signposted_on) where signposted_on is not null;
create index referral_first_decision_declined_idx on referral_first_decision (declined_on) where declined_on is not null;
create index referral_first_decision_escalated_idx on referral_first_decision (escalated_on) where escalated_on is not null;

create function referral_first_decision_keep() returns trigger language plpgsql as $$
declare
    on_day date := (select meeting_date from triage_meeting where id = new.meeting_id);
begin
    insert into referral_first_decision as f
        (referral_id, decided_on, accepted_on, signposted_on, declined_on, escalated_on)
    values (new.referral_id, on_day,
            case when new.outcome = 'ACCEPT' then on_day end,
            case when new.outcome = 'SIGNPOST' then on_day end,
            case when new.outcome = 'DECLINE' then on_day end,
            case when new.outcome = 'ESCALATE' then on_day end)
    on conflict (referral_id) do update set
        decided_on = least(f.decided_on, excluded.decided_on),
        accepted_on = least(f.accepted_on, excluded.accepted_on),
        signposted_on = least(f.signposted_on, excluded.signposted_on),
        declined_on = least(f.declined_on, excluded.declined_on),
        escalated_on = least(f.escalated_on, excluded.escalated_on);
    return new;
end;
$$;

create trigger triage_decision_first_dates after insert on triage_decision
    for each row execute function referral_first_decision_keep();

insert into referral_first_decision (referral_id, decided_on, accepted_on, signposted_on, declined_on, escalated_on)
select d.referral_id, min(tm.meeting_date),
       min(tm.meeting_date) filter (where d.outcome = 'ACCEPT'),
       min(tm.meeting_date) filter (where d.outcome = 'SIGNPOST'),
       min(tm.meeting_date) filter (where d.outcome = 'DECLINE'),
       min(tm.meeting_date) filter (where d.outcome = 'ESCALATE')
from triage_decision d join triage_meeting tm on tm.id = d.meeting_id
group by d.referral_id;
