package org.teamaround.report;

/** The record sets several reports count from. */
final class Sources {

    private Sources() {}

    /** A timestamp's day in England. */
    static String day(String timestamp) {
        return "(" + timestamp + " at time zone 'Europe/London')::date";
    }

    /**
     * Each referral's first triage decision, or its first with an outcome (`firstOn`, a column of
     * `referral_first_decision`: decided_on, accepted_on, signposted_on, declined_on, escalated_on), on its meeting's day.
     */
    static String firstDecision(String firstOn) {
        return "select referral_id, " + firstOn + " from referral_first_decision where " + firstOn + " is not null";
    }

    /**
     * The referrals whose first decision with an outcome (`firstOn`, a column of `referral_first_decision`: decided_on
     * for any outcome, accepted_on, signposted_on, declined_on, escalated_on) was in the period, as `f`, with a
     * value from `value` over `f`, and an extra condition (or "").
     */
    static String firstDecided(String firstOn, String value, String also) {
        return "select f.referral_id, f." + firstOn + ", " + value + " from referral_first_decision f"
                + " where f." + firstOn + " between :from and :to" + also;
    }

    /** A condition that a timestamp falls on a day of the period in England, in a form an index on it serves. */
    static String inPeriod(String timestamp) {
        return timestamp + " >= (cast(:from as date)::timestamp at time zone 'Europe/London') and " + timestamp
                + " < ((cast(:to as date) + 1)::timestamp at time zone 'Europe/London')";
    }

    static final Source RECEIVED = Source.oncePerReferral("received",
            "select r.id, " + day("r.submitted_at") + ", null from referral r where " + inPeriod("r.submitted_at")).keptDaily();

    static final Source DISCUSSED = Source.oncePerReferral("discussed", firstDecided("decided_on", "null", "")).keptDaily();

    static final Source ALLOCATED = Source.oncePerReferral("allocated",
            "select c.referral_id, c.allocated_on, null from support_case c where c.allocated_on between :from and :to")
            .keptDaily();

    /** Closures that stand (a reopened case's closure does not count). */
    static final String STANDING_CLOSURES = "from case_closure cl join support_case sc on sc.id = cl.case_id "
            + "join referral rr on rr.id = sc.referral_id where cl.reopened_at is null";

    static final Source CLOSED = Source.events("closed", "select sc.referral_id, cl.closed_on, null " + STANDING_CLOSURES);
}
