-- The application connects as a role of its own (${app_role}): it may read and write the service's tables but it
-- cannot change or remove the audit trail, which belongs to a role nobody signs in as (${audit_role}). Both roles
-- come from the platform (scripts/pg.sh, compose/postgres/initdb); migrations run as the database's owner.

grant usage, create on schema public to ${audit_role};
grant select, insert, update, delete on all tables in schema public to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};
revoke all on flyway_schema_history from ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};

-- The audit trail, partitioned by month of `at` so that retention drops whole months and indexes stay small.
alter table audit_event rename to audit_event_unpartitioned;
alter index audit_event_record_idx rename to audit_event_unpartitioned_record_idx;
alter index audit_event_user_idx rename to audit_event_unpartitioned_user_idx;

create table audit_event (
    id          uuid not null,
    at          timestamptz not null,
    user_id     text not null,
    username    text,
    roles       text not null,
    client_id   text,
    action      varchar(12) not null check (action in ('READ', 'LIST', 'CREATE', 'UPDATE', 'TRANSITION', 'EXPORT', 'DENIED')),
    record_type varchar(40) not null,
    record_id   uuid,
    request_id  varchar(100),
    source_ip   varchar(64),
    primary key (id, at)
) partition by range (at);
create index audit_event_record_idx on audit_event (record_id, at);
create index audit_event_user_idx on audit_event (user_id, at);

-- Rows outside every month made so far still land somewhere: an audit row is never refused.
create table audit_event_default partition of audit_event default;

-- Makes the month's partition (idempotent; one caller at a time). Runs as the audit role, so the application may
-- add months without owning the table.
create function audit_event_add_month(month date) returns boolean language plpgsql security definer
    set search_path = public as $$
declare
    first_day date := date_trunc('month', month)::date;
    partition_name text := 'audit_event_' || to_char(first_day, 'YYYY_MM');
begin
    perform pg_advisory_xact_lock(hashtext('audit_event_add_month'));
    if to_regclass(partition_name) is not null then
        return false;
    end if;
    execute format('create table %I partition of audit_event for values from (%L) to (%L)',
        partition_name, first_day, (first_day + interval '1 month')::date);
    return true;
end;
$$;

select audit_event_add_month(month::date)
from generate_series(date '2019-01-01', date_trunc('month', now()) + interval '12 months', interval '1 month') month;

insert into audit_event select * from audit_event_unpartitioned;
drop table audit_event_unpartitioned;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Ownership last: the audit role owns the table, its partitions and the function; the application may only add rows,
-- read them and add months.
alter table audit_event owner to ${audit_role};
do $$
declare
    partition regclass;
begin
    for partition in select inhrelid::regclass from pg_inherits where inhparent = 'audit_event'::regclass loop
        execute format('alter table %s owner to ${audit_role}', partition);
        execute format('revoke all on %s from ${app_role}', partition);
    end loop;
end;
$$;
alter function audit_event_add_month(date) owner to ${audit_role};
alter function audit_event_is_append_only() owner to ${audit_role};
revoke all on audit_event from ${app_role};
grant select, insert on audit_event to ${app_role};
revoke all on function audit_event_add_month(date) from public;
grant execute on function audit_event_add_month(date) to ${app_role};
