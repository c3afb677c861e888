-- A senior may reopen a closed case with a reason: its closure stays on the record (marked reopened), and the case
-- may close again later with a closure of its own.

alter table case_closure add column id uuid;
update case_closure set id = gen_random_uuid();
alter table case_closure alter column id set not null;

alter table closure_feedback add column closure_id uuid;
update closure_feedback f set closure_id = c.id from case_closure c where c.case_id = f.case_id;
alter table closure_feedback
    alter column closure_id set not null,
    drop constraint closure_feedback_pkey,
    drop constraint closure_feedback_case_id_fkey,
    drop column case_id;

alter table case_closure
    drop constraint case_closure_pkey,
    add primary key (id),
    add column reopened_at timestamptz,
    add column reopened_by_name text,
    add column reopen_reason text check (length(reopen_reason) between 1 and 2000),
    add constraint case_closure_reopened_complete check ((reopened_at is null) = (reopened_by_name is null)
        and (reopened_at is null) = (reopen_reason is null));

-- At most one standing (not reopened) closure per case.
create unique index case_closure_standing on case_closure (case_id) where reopened_at is null;

alter table closure_feedback
    add primary key (closure_id, position),
    add foreign key (closure_id) references case_closure (id);
