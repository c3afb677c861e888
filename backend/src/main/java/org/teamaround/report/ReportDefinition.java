package org.teamaround.report;

import java.util.List;
import java.util.Optional;

/** A report: its name in the URL, its title, its figures, and the breakdown it always has (if any). */
record ReportDefinition(String name, String title, List<Measure> measures, Breakdown fixedBreakdown) {

    Optional<Measure> measure(String key) {
        return measures.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    static final List<ReportDefinition> ALL = List.of(FunnelReport.DEFINITION, TimelinessReport.DEFINITION,
            CaseloadReport.DEFINITION, SchoolAllocationReport.DEFINITION, OutcomesReport.DEFINITION);

    static Optional<ReportDefinition> named(String name) {
        return ALL.stream().filter(d -> d.name.equals(name)).findFirst();
    }
}
