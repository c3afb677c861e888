package org.teamaround.report;

import static org.teamaround.report.Measure.Aggregate.COUNT;
import static org.teamaround.report.Measure.Aggregate.MAX;
import static org.teamaround.report.Measure.Aggregate.MEDIAN;
import static org.teamaround.report.Measure.Aggregate.P90;
import static org.teamaround.report.Measure.Aggregate.PERCENT;

import java.util.List;
import org.teamaround.report.ReportRecords.Unit;

/** How quickly the service answers: decisions, allocations, first contacts, reviews, and who is still waiting. */
final class TimelinessReport {

    private TimelinessReport() {}

    /** Cases allocated in the period whose first contact is made or overdue: 1 when made by the due day. */
    private static final Source FIRST_CONTACT = Source.events("firstContact",
            "select c.referral_id, c.allocated_on, case when c.first_contact_on <= c.first_contact_due then 1 else 0 end "
                    + "from support_case c where c.first_contact_on is not null or c.first_contact_due < :asOf");

    /**
     * Every review due, on its due day: the first is due the configured weeks after the first contact, each next one
     * on the day the last review set; 1 when held by then. An open case's overdue review not yet held counts 0.
     */
    private static final Source REVIEWS = Source.events("reviews",
            "select sc.referral_id, v.due, case when v.held_on <= v.due then 1 else 0 end from ("
                    + "select cr.case_id, cr.held_on, coalesce(lag(cr.next_due) over (partition by cr.case_id "
                    + "order by cr.held_on, cr.recorded_at), (sc1.first_contact_on + make_interval(weeks => :reviewWeeks))::date) as due "
                    + "from case_review cr join support_case sc1 on sc1.id = cr.case_id) v "
                    + "join support_case sc on sc.id = v.case_id "
                    + "union all select c.referral_id, c.next_review_due, 0 from support_case c "
                    + "where c.state <> 'CLOSED' and c.next_review_due < :asOf");

    private static final Source DAYS_TO_DECISION = Source.oncePerReferral("daysToDecision",
            "select f.referral_id, f.on_date, f.on_date - " + Sources.day("r.submitted_at") + " from ("
                    + Sources.firstDecision("decided_on") + ") f(referral_id, on_date) join referral r on r.id = f.referral_id");

    private static final Source DAYS_TO_ALLOCATION = Source.oncePerReferral("daysToAllocation",
            "select c.referral_id, c.allocated_on, c.allocated_on - a.on_date from support_case c join ("
                    + Sources.firstDecision("accepted_on") + ") a(referral_id, on_date) on a.referral_id = c.referral_id");

    /** Accepted and not yet allocated (nor withdrawn) on each snapshot day, with the days waited so far. */
    private static final Source WAITING = Source.snapshot("waiting",
            "select a.referral_id, sn.on_date, sn.on_date - a.on_date from (" + Sources.firstDecision("accepted_on")
                    + ") a(referral_id, on_date) cross join snapshot sn "
                    + "left join support_case c on c.referral_id = a.referral_id "
                    + "where a.on_date <= sn.on_date and (c.id is null or c.allocated_on > sn.on_date) "
                    + "and not exists (select 1 from referral_withdrawal w where w.referral_id = a.referral_id "
                    + "and w.withdrawn_on <= sn.on_date)");

    static final ReportDefinition DEFINITION = new ReportDefinition("timeliness", "Timeliness", List.of(
            Measure.of("firstContactOnTime", "First contacts within 5 working days", Unit.PERCENT,
                    "Of the cases allocated in the period, the share whose family was contacted by the due day "
                            + "(5 working days after allocation, bank holidays excluded)", FIRST_CONTACT, PERCENT),
            Measure.of("reviewsOnTime", "Reviews on time", Unit.PERCENT,
                    "Of the reviews due in the period, the share held by the due day", REVIEWS, PERCENT),
            Measure.of("daysToDecisionMedian", "Days from referral to decision (median)", Unit.DAYS,
                    "Calendar days from submission to the first triage decision", DAYS_TO_DECISION, MEDIAN),
            Measure.of("daysToDecisionP90", "Days from referral to decision (90th percentile)", Unit.DAYS,
                    "Nine in ten referrals were decided within this many days", DAYS_TO_DECISION, P90),
            Measure.of("daysToAllocationMedian", "Days from acceptance to allocation (median)", Unit.DAYS,
                    "Calendar days from the accepting meeting to the allocation", DAYS_TO_ALLOCATION, MEDIAN),
            Measure.of("daysToAllocationP90", "Days from acceptance to allocation (90th percentile)", Unit.DAYS,
                    "Nine in ten allocations came within this many days of acceptance", DAYS_TO_ALLOCATION, P90),
            Measure.of("waitingList", "Waiting list", Unit.COUNT,
                    "Accepted referrals not yet allocated at the end of the period (or of each month)", WAITING, COUNT),
            Measure.of("oldestWaitingDays", "Oldest on the waiting list", Unit.DAYS,
                    "Days the longest-waiting accepted referral had waited at the end of the period", WAITING, MAX)),
            null);
}
