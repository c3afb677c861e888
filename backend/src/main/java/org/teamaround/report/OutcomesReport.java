package org.teamaround.report;

import static org.teamaround.report.Measure.Aggregate.COUNT;
import static org.teamaround.report.Measure.Aggregate.MEAN;
import static org.teamaround.report.Measure.Aggregate.PERCENT;
import static org.teamaround.report.Measure.Aggregate.SUM;

import java.util.List;
import org.teamaround.report.ReportRecords.Unit;

/** What changed for the children whose cases closed in the period (aliases: `cl` closure, `sc` case, `rr` referral). */
final class OutcomesReport {

    private OutcomesReport() {}

    private static final String CHANGE = "(cl.attendance_percent_after - rr.attendance_percent)";

    /** The standing closures in the period, each with `value`, where `condition` holds. */
    private static Source closures(String key, String value, String condition) {
        return Source.events(key, "select sc.referral_id, cl.closed_on, " + value + " " + Sources.STANDING_CLOSURES
                + (condition.isEmpty() ? "" : " and " + condition));
    }

    private static Measure count(String key, String label, String description, String condition) {
        return Measure.of(key, label, Unit.COUNT, description, closures(key, "null", condition), COUNT);
    }

    private static Measure audits(String key, String label, String grade) {
        return Measure.of(key, label, Unit.COUNT, "Case audits graded " + label.toLowerCase() + " in the period",
                Source.events(key, "select sc.referral_id, " + Sources.day("ca.audited_at") + ", null from case_audit ca "
                        + "join support_case sc on sc.id = ca.case_id where ca.grade = '" + grade + "'"), COUNT);
    }

    private static Measure feedback(String key, String who, String source) {
        return Measure.of(key, "Feedback rating from " + who + " (1 to 5)", Unit.NUMBER,
                "The mean rating given by " + who + " at closure",
                Source.events(key, "select sc.referral_id, cl.closed_on, f.rating from closure_feedback f "
                        + "join case_closure cl on cl.id = f.closure_id join support_case sc on sc.id = cl.case_id "
                        + "where cl.reopened_at is null and f.rating is not null and f.source = '" + source + "'"), MEAN);
    }

    static final ReportDefinition DEFINITION = new ReportDefinition("outcomes", "Outcomes", List.of(
            count("closures", "Cases closed", "Cases closed in the period (a reopened one not counted)", ""),
            Measure.of("placementKept", "School placement kept", Unit.PERCENT,
                    "The share of children still in their school at closure",
                    closures("placementKept", "case when cl.placement_kept then 1 else 0 end", ""), PERCENT),
            Measure.of("attendanceBefore", "Attendance at referral (mean %)", Unit.NUMBER, "As the school gave it at referral",
                    closures("attendanceBefore", "rr.attendance_percent", "rr.attendance_percent is not null"), MEAN),
            Measure.of("attendanceAfter", "Attendance at closure (mean %)", Unit.NUMBER, "As recorded at closure",
                    closures("attendanceAfter", "cl.attendance_percent_after", "cl.attendance_percent_after is not null"), MEAN),
            Measure.of("attendanceChange", "Attendance change (mean points)", Unit.NUMBER,
                    "Closure minus referral, for the children with both", closures("attendanceChange", CHANGE,
                            CHANGE + " is not null"), MEAN),
            count("attendanceImproved", "Attendance up 5 points or more", "Children whose attendance rose by 5 points or more",
                    CHANGE + " >= 5"),
            count("attendanceSteady", "Attendance within 5 points", "Children whose attendance changed by less than 5 points",
                    "abs" + CHANGE + " < 5"),
            count("attendanceWorse", "Attendance down 5 points or more", "Children whose attendance fell by 5 points or more",
                    CHANGE + " <= -5"),
            Measure.of("suspensionsBefore", "Suspensions before (this school year, at referral)", Unit.COUNT,
                    "Suspensions the school reported at referral", closures("suspensionsBefore", "rr.suspensions_this_year",
                            "rr.suspensions_this_year is not null"), SUM),
            Measure.of("suspensionsAfter", "Suspensions during support", Unit.COUNT, "Suspensions recorded at closure",
                    closures("suspensionsAfter", "cl.suspensions_after", "cl.suspensions_after is not null"), SUM),
            count("exclusionRiskBefore", "At risk of exclusion at referral", "Children the school saw at risk of exclusion",
                    "rr.at_risk_of_exclusion"),
            count("exclusionRiskRemoved", "Exclusion risk removed", "Children at risk at referral and no longer at closure",
                    "rr.at_risk_of_exclusion and cl.at_risk_of_exclusion_after = false"),
            count("ehcNeedsAssessments", "EHC needs assessments requested", "Requested during support",
                    "cl.ehc_needs_assessment_requested"),
            count("ehcpsIssued", "EHCPs issued", "Education, health and care plans issued during support", "cl.ehcp_issued"),
            count("supportingFamiliesMet", "Supporting Families criteria met",
                    "Closures meeting at least one Supporting Families headline",
                    "jsonb_array_length(cl.supporting_families_headlines) > 0"),
            audits("auditsOutstanding", "Outstanding", "OUTSTANDING"),
            audits("auditsGood", "Good", "GOOD"),
            audits("auditsRequiresImprovement", "Requires improvement", "REQUIRES_IMPROVEMENT"),
            audits("auditsInadequate", "Inadequate", "INADEQUATE"),
            feedback("feedbackParents", "parents and carers", "PARENT"),
            feedback("feedbackChildren", "children", "CHILD"),
            feedback("feedbackSchools", "schools", "SCHOOL")),
            null);
}
