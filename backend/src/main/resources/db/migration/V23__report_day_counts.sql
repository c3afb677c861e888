-- The funnel's figures per day, kept as the records they count change, so that a service-wide total (or one by month)
-- sums a year's days instead of reading a year's records (issue 9: a year's funnel under 500 ms). A filtered or broken
-- down report still counts the records; a test checks both ways agree.
-- source: the report source's key; records: how many records count on the day; total: the sum of their values.
-- A day's figures are spread over up to 8 slots (by database session), summed when read: today's rows are changed by
-- every submission and decision, and one row per day would make them wait for each other's commits. The triggers
-- are also deferred to the commit, so a row is held for the commit alone.
create table report_day (
    source  text not null,
    on_date date not null,
    slot    smallint not null check (slot between 0 and 7),
    records bigint not null,
    total   numeric not null,
    primary key (source, on_date, slot)
);

-- Adds (or, with -1, takes away) one record and its value on a day.
create function report_day_add(day_source text, day date, sign integer, value numeric) returns void
language sql as $$
    insert into report_day as d (source, on_date, slot, records, total)
    select day_source, day, pg_backend_pid() % 8, sign, sign * value where day is not null
    on conflict (source, on_date, slot) do update
        set records = d.records + excluded.records, total = d.total + excluded.total;
$$;

-- Received: a referral counts on the day it was (last) submitted.
create function report_day_received() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform report_day_add('received', (old.submitted_at at time zone 'Europe/London')::date, -1, 0);
    end if;
    if tg_op <> 'DELETE' then
        perform report_day_add('received', (new.submitted_at at time zone 'Europe/London')::date, 1, 0);
    end if;
    return null;
end;
$$;
create constraint trigger referral_received_day after insert on referral
    deferrable initially deferred for each row when (new.submitted_at is not null) execute function report_day_received();
create constraint trigger referral_received_day_moved after update of submitted_at on referral
    deferrable initially deferred for each row when (old.submitted_at is distinct from new.submitted_at) execute function report_day_received();
create constraint trigger referral_received_day_gone after delete on referral
    deferrable initially deferred for each row when (old.submitted_at is not null) execute function report_day_received();

-- Allocated: a case counts on the day it was allocated.
create function report_day_allocated() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform report_day_add('allocated', old.allocated_on, -1, 0);
    end if;
    if tg_op <> 'DELETE' then
        perform report_day_add('allocated', new.allocated_on, 1, 0);
    end if;
    return null;
end;
$$;
create constraint trigger support_case_allocated_day after insert or delete on support_case
    deferrable initially deferred for each row execute function report_day_allocated();
create constraint trigger support_case_allocated_day_moved after update of allocated_on on support_case
    deferrable initially deferred for each row when (old.allocated_on is distinct from new.allocated_on) execute function report_day_allocated();

-- Withdrawn: a submitted referral counts on the day it was withdrawn.
create function report_day_withdrawn() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform report_day_add('withdrawn', old.withdrawn_on, -1, 0);
    end if;
    if tg_op <> 'DELETE' then
        perform report_day_add('withdrawn', new.withdrawn_on, 1, 0);
    end if;
    return null;
end;
$$;
create constraint trigger referral_withdrawal_day after insert or update or delete on referral_withdrawal
    deferrable initially deferred for each row execute function report_day_withdrawn();

-- The decisions' figures: each referral's first decision row counts towards each of these on its day.
create function report_day_decided(f referral_first_decision, sign integer) returns void language plpgsql as $$
begin
    perform report_day_add('discussed', f.decided_on, sign, 0);
    perform report_day_add('accepted', f.accepted_on, sign, 0);
    perform report_day_add('signposted', f.signposted_on, sign, 0);
    perform report_day_add('declined', f.declined_on, sign, 0);
    perform report_day_add('escalated', f.escalated_on, sign, 0);
    if f.accepted_on is not null or f.signposted_on is not null then
        perform report_day_add('childrenSupported', f.decided_on, sign, 1 + f.siblings);
    end if;
    perform report_day_add('acceptedShare', f.decided_on, sign, case when f.accepted_on is not null then 1 else 0 end);
    perform report_day_add('signpostedShare', f.decided_on, sign, case when f.signposted_on is not null then 1 else 0 end);
end;
$$;

create function report_day_first_decision() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform report_day_decided(old, -1);
    end if;
    if tg_op <> 'DELETE' then
        perform report_day_decided(new, 1);
    end if;
    return null;
end;
$$;
create constraint trigger referral_first_decision_day after insert or update or delete on referral_first_decision
    deferrable initially deferred for each row execute function report_day_first_decision();

-- What is there already.
insert into report_day (source, on_date, slot, records, total)
select source, on_date, 0, records, total from (
select 'received' source, (submitted_at at time zone 'Europe/London')::date on_date, count(*) records, 0 total from referral
where submitted_at is not null group by 2
union all
select 'allocated', allocated_on, count(*), 0 from support_case group by 2
union all
select 'withdrawn', withdrawn_on, count(*), 0 from referral_withdrawal group by 2
union all
select 'discussed', decided_on, count(*), 0 from referral_first_decision group by 2
union all
select 'accepted', accepted_on, count(*), 0 from referral_first_decision where accepted_on is not null group by 2
union all
select 'signposted', signposted_on, count(*), 0 from referral_first_decision where signposted_on is not null group by 2
union all
select 'declined', declined_on, count(*), 0 from referral_first_decision where declined_on is not null group by 2
union all
select 'escalated', escalated_on, count(*), 0 from referral_first_decision where escalated_on is not null group by 2
union all
select 'childrenSupported', decided_on, count(*), sum(1 + siblings) from referral_first_decision
where accepted_on is not null or signposted_on is not null group by 2
union all
select 'acceptedShare', decided_on, count(*), count(accepted_on) from referral_first_decision group by 2
union all
select 'signpostedShare', decided_on, count(*), count(signposted_on) from referral_first_decision group by 2) days;
