package org.teamaround.report;

import static org.teamaround.report.Measure.Aggregate.COUNT;

import java.util.List;
import org.teamaround.report.Measure.Attribute;
import org.teamaround.report.ReportRecords.Unit;

/** Each school's referrals and allocations against the core offer (one allocation a school year) and its vulnerability. */
final class SchoolAllocationReport {

    private SchoolAllocationReport() {}

    static final ReportDefinition DEFINITION = new ReportDefinition("school-allocations", "Allocations by school",
            List.of(
                    Measure.of("received", "Referrals received", Unit.COUNT, "Referrals submitted in the period",
                            Sources.RECEIVED, COUNT),
                    Measure.of("allocated", "Allocated", Unit.COUNT, "Cases allocated in the period",
                            Sources.ALLOCATED, COUNT),
                    Measure.attribute("coreOffer", "Core offer", Unit.NUMBER,
                            "One allocation per school for every school year the period touches", Attribute.CORE_OFFER),
                    Measure.attribute("vulnerabilityScore", "Vulnerability score", Unit.NUMBER,
                            "SEN %, looked-after children, mobility % and EAL %, weighted", Attribute.VULNERABILITY)),
            Breakdown.SCHOOL);
}
