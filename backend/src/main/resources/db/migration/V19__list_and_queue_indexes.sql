-- The referral list filtered by state within a school (a SENCO's "declined" tab) or a partner system's own
-- referrals: the count reads the index alone and a page reads only its own rows, however long the school's history.
create index referral_school_state_created_idx on referral (school_urn, state, created_at desc, id desc);
create index referral_client_state_created_idx on referral (created_by_client, state, created_at desc, id desc);
-- The allocation queue asks which schools had a case allocated this school year: the cases of the year lead, and
-- each one's school comes from this index alone instead of its referral's whole row.
create index referral_school_of_idx on referral (id) include (school_urn);
-- The referrals received in a report's period: the index alone answers which and when.
create index referral_submitted_id_idx on referral (submitted_at) include (id) where submitted_at is not null;
drop index referral_submitted_idx;
