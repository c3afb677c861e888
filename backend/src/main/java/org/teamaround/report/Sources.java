package org.teamaround.report;

/** The record sets several reports count from. */
final class Sources {

    private Sources() {}

    /** A timestamp's day in England. */
    static String day(String timestamp) {
        return "(" + timestamp + " at time zone 'Europe/London')::date";
    }

    /** Each referral's first triage decision with the given outcomes (any outcome when none), on its meeting's day. */
    static String firstDecision(String... outcomes) {
        String where = outcomes.length == 0 ? "" : " where d.outcome in ('" + String.join("', '", outcomes) + "')";
        return "select d.referral_id, min(tm.meeting_date) from triage_decision d "
                + "join triage_meeting tm on tm.id = d.meeting_id" + where + " group by d.referral_id";
    }

    /** Whether the referral (alias `f`) ever had a decision with this outcome: 1 or 0. */
    static String everDecided(String outcome) {
        return "case when exists (select 1 from triage_decision d where d.referral_id = f.referral_id "
                + "and d.outcome = '" + outcome + "') then 1 else 0 end";
    }

    static final Source RECEIVED = Source.events("received",
            "select r.id, " + day("r.submitted_at") + ", null from referral r where r.submitted_at is not null");

    static final Source DISCUSSED = Source.events("discussed", "select f.*, null from (" + firstDecision() + ") f");

    static final Source ALLOCATED = Source.events("allocated",
            "select c.referral_id, c.allocated_on, null from support_case c");

    /** Closures that stand (a reopened case's closure does not count). */
    static final String STANDING_CLOSURES = "from case_closure cl join support_case sc on sc.id = cl.case_id "
            + "join referral rr on rr.id = sc.referral_id where cl.reopened_at is null";

    static final Source CLOSED = Source.events("closed", "select sc.referral_id, cl.closed_on, null " + STANDING_CLOSURES);
}
