-- A referral's reference numbers it from one sequence over the service's whole life: after 999,999 referrals the
-- number takes a seventh digit (TA-2031-1000000) instead of every new referral being refused.
alter table referral drop constraint referral_reference_check;
alter table referral add constraint referral_reference_format check (reference ~ '^TA-[0-9]{4}-[0-9]{6,12}$');
