package org.teamaround.report;

import static org.teamaround.report.Measure.Aggregate.COUNT;

import java.util.List;
import org.teamaround.report.Measure.Attribute;
import org.teamaround.report.ReportRecords.Unit;

/** Each practitioner's open cases against their capacity. */
final class CaseloadReport {

    private CaseloadReport() {}

    /** Cases open on each snapshot day: allocated by then and not closed by then. */
    private static final Source OPEN = Source.snapshot("openCases",
            "select c.referral_id, sn.on_date, null from support_case c cross join snapshot sn "
                    + "where c.allocated_on <= sn.on_date and (c.closed_on is null or c.closed_on > sn.on_date)");

    static final ReportDefinition DEFINITION = new ReportDefinition("caseloads", "Caseloads", List.of(
            Measure.of("openCases", "Open cases", Unit.COUNT, "Cases open at the end of the period", OPEN, COUNT),
            Measure.attribute("capacity", "Capacity", Unit.NUMBER, "The cases the practitioner can hold at once",
                    Attribute.CAPACITY),
            Measure.ratio("capacityUsed", "Capacity used", "Open cases as a share of capacity", "openCases", "capacity"),
            Measure.of("allocated", "Allocated", Unit.COUNT, "Cases allocated in the period", Sources.ALLOCATED, COUNT),
            Measure.of("closed", "Closed", Unit.COUNT, "Cases closed in the period (a reopened one not counted)",
                    Sources.CLOSED, COUNT)),
            Breakdown.PRACTITIONER);
}
