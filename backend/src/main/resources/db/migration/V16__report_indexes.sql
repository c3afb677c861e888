-- The programme board reports (docs/reports.md) select each stage's records by the day they happened.
create index referral_submitted_idx on referral (submitted_at) where submitted_at is not null;
create index triage_decision_outcome_idx on triage_decision (outcome, referral_id);
create index triage_meeting_date_idx on triage_meeting (meeting_date, id);
create index referral_history_state_idx on referral_history (to_state, at);
create index case_closure_closed_on_idx on case_closure (closed_on) where reopened_at is null;
create index case_audit_audited_idx on case_audit (audited_at) where grade is not null;
