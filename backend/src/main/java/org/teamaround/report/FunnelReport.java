package org.teamaround.report;

import static org.teamaround.report.Measure.Aggregate.COUNT;
import static org.teamaround.report.Measure.Aggregate.PERCENT;
import static org.teamaround.report.Measure.Aggregate.SUM;
import org.teamaround.report.ReportRecords.Unit;

import java.util.List;

/** From referral to decision: how many came, were discussed, and where they went. */
final class FunnelReport {

    private FunnelReport() {}

    private static Source decided(String key, String outcome) {
        return Source.events(key, "select f.*, null from (" + Sources.firstDecision(outcome) + ") f");
    }

    /** The discussed children, each with a value from `value` over the alias `f` (referral_id, on_date). */
    private static Source ofDiscussed(String key, String value, String where) {
        return Source.events(key, "select f.referral_id, f.on_date, " + value + " from ("
                + Sources.firstDecision() + ") f(referral_id, on_date)" + where);
    }

    static final ReportDefinition DEFINITION = new ReportDefinition("funnel", "Referral funnel", List.of(
            Measure.of("received", "Referrals received", Unit.COUNT, "Referrals submitted in the period",
                    Sources.RECEIVED, COUNT),
            Measure.of("discussed", "Discussed at triage", Unit.COUNT,
                    "Referrals whose first triage decision was in the period", Sources.DISCUSSED, COUNT),
            Measure.of("accepted", "Accepted", Unit.COUNT, "Referrals accepted for support in the period",
                    decided("accepted", "ACCEPT"), COUNT),
            Measure.of("allocated", "Allocated", Unit.COUNT, "Cases allocated to a practitioner in the period",
                    Sources.ALLOCATED, COUNT),
            Measure.of("signposted", "Signposted (alternative support plan)", Unit.COUNT,
                    "Referrals given an alternative support plan in the period", decided("signposted", "SIGNPOST"), COUNT),
            Measure.of("declined", "Declined", Unit.COUNT, "Referrals declined in the period",
                    decided("declined", "DECLINE"), COUNT),
            Measure.of("escalated", "Escalated", Unit.COUNT, "Referrals escalated (safeguarding, specialist) in the period",
                    decided("escalated", "ESCALATE"), COUNT),
            Measure.of("withdrawn", "Withdrawn", Unit.COUNT, "Submitted referrals withdrawn in the period",
                    Source.events("withdrawn", "select h.referral_id, min(" + Sources.day("h.at") + "), null "
                            + "from referral_history h join referral r on r.id = h.referral_id "
                            + "where h.to_state = 'WITHDRAWN' and r.submitted_at is not null group by h.referral_id"),
                    COUNT),
            Measure.of("childrenSupported", "Children supported including siblings", Unit.COUNT,
                    "The discussed children accepted or signposted, and their brothers and sisters",
                    ofDiscussed("childrenSupported",
                            "1 + (select count(*) from referral_sibling rs where rs.referral_id = f.referral_id)",
                            " where exists (select 1 from triage_decision d where d.referral_id = f.referral_id "
                                    + "and d.outcome in ('ACCEPT', 'SIGNPOST'))"),
                    SUM),
            Measure.of("acceptedShare", "Accepted as a share of discussed", Unit.PERCENT,
                    "Of the referrals discussed in the period, the share accepted",
                    ofDiscussed("acceptedShare", Sources.everDecided("ACCEPT"), ""), PERCENT),
            Measure.of("signpostedShare", "Signposted as a share of discussed", Unit.PERCENT,
                    "Of the referrals discussed in the period, the share given an alternative support plan",
                    ofDiscussed("signpostedShare", Sources.everDecided("SIGNPOST"), ""), PERCENT)),
            null);
}
