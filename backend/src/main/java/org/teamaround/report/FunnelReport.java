package org.teamaround.report;

import static org.teamaround.report.Measure.Aggregate.COUNT;
import static org.teamaround.report.Measure.Aggregate.PERCENT;
import static org.teamaround.report.Measure.Aggregate.SUM;
import org.teamaround.report.ReportRecords.Unit;

import java.util.List;

/**
 * From referral to decision: how many came, were discussed, and where they went. Every figure is also kept per day
 * (`report_day`, V23, under the source's key), so the service-wide funnel adds up days.
 */
final class FunnelReport {

    private FunnelReport() {}

    /** The referrals on the day of their first decision with an outcome (a column of `referral_first_decision`). */
    private static Source decided(String key, String firstOn) {
        return Source.oncePerReferral(key, Sources.firstDecided(firstOn, "null", "")).keptDaily();
    }

    /**
     * The discussed children, each with a value from `value` over the alias `f` (their `referral_first_decision`), and
     * an extra condition (or "").
     */
    private static Source ofDiscussed(String key, String value, String also) {
        return Source.oncePerReferral(key, Sources.firstDecided("decided_on", value, also)).keptDaily();
    }

    private static String ever(String firstOn) {
        return "case when f." + firstOn + " is not null then 1 else 0 end";
    }

    static final ReportDefinition DEFINITION = new ReportDefinition("funnel", "Referral funnel", List.of(
            Measure.of("received", "Referrals received", Unit.COUNT, "Referrals submitted in the period",
                    Sources.RECEIVED, COUNT),
            Measure.of("discussed", "Discussed at triage", Unit.COUNT,
                    "Referrals whose first triage decision was in the period", Sources.DISCUSSED, COUNT),
            Measure.of("accepted", "Accepted", Unit.COUNT, "Referrals accepted for support in the period",
                    decided("accepted", "accepted_on"), COUNT),
            Measure.of("allocated", "Allocated", Unit.COUNT, "Cases allocated to a practitioner in the period",
                    Sources.ALLOCATED, COUNT),
            Measure.of("signposted", "Signposted (alternative support plan)", Unit.COUNT,
                    "Referrals given an alternative support plan in the period", decided("signposted", "signposted_on"), COUNT),
            Measure.of("declined", "Declined", Unit.COUNT, "Referrals declined in the period",
                    decided("declined", "declined_on"), COUNT),
            Measure.of("escalated", "Escalated", Unit.COUNT, "Referrals escalated (safeguarding, specialist) in the period",
                    decided("escalated", "escalated_on"), COUNT),
            Measure.of("withdrawn", "Withdrawn", Unit.COUNT, "Submitted referrals withdrawn in the period",
                    Source.oncePerReferral("withdrawn", "select w.referral_id, w.withdrawn_on, null "
                            + "from referral_withdrawal w where w.withdrawn_on between :from and :to").keptDaily(),
                    COUNT),
            Measure.of("childrenSupported", "Children supported including siblings", Unit.COUNT,
                    "The discussed children accepted or signposted, and their brothers and sisters",
                    ofDiscussed("childrenSupported", "1 + f.siblings",
                            " and (f.accepted_on is not null or f.signposted_on is not null)"),
                    SUM),
            Measure.of("acceptedShare", "Accepted as a share of discussed", Unit.PERCENT,
                    "Of the referrals discussed in the period, the share accepted",
                    ofDiscussed("acceptedShare", ever("accepted_on"), ""), PERCENT),
            Measure.of("signpostedShare", "Signposted as a share of discussed", Unit.PERCENT,
                    "Of the referrals discussed in the period, the share given an alternative support plan",
                    ofDiscussed("signpostedShare", ever("signposted_on"), ""), PERCENT)),
            null);
}
