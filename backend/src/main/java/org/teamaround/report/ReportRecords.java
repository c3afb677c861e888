package org.teamaround.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reports API's answers (docs/reports.md). */
public final class ReportRecords {

    private ReportRecords() {}

    @Schema(name = "ReportUnit")
    public enum Unit { COUNT, PERCENT, DAYS, NUMBER }

    @Schema(name = "Report", description = "A programme board report: figures only, no child's name")
    public record Report(
            @Schema(required = true) String report,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(required = true) Filters filters,
            @Schema(description = "The breakdown of the rows, absent for the total only") String by,
            @Schema(required = true) List<MeasureInfo> measures,
            @Schema(required = true, description = "The figures of the whole period and filters") Row total,
            @Schema(required = true, description = "One row per group of the breakdown") List<Row> rows,
            @Schema(description = "The outcomes report's feedback quotes") List<Quote> quotes) {}

    @Schema(name = "ReportFilters")
    public record Filters(UUID areaId, String areaName, String schoolUrn, String schoolName, String needType,
            String practitionerId, String practitionerName) {}

    @Schema(name = "ReportMeasure")
    public record MeasureInfo(
            @Schema(required = true) String key,
            @Schema(required = true) String label,
            @Schema(required = true) Unit unit,
            @Schema(required = true) String description) {}

    @Schema(name = "ReportRow")
    public record Row(
            @Schema(required = true, description = "The group's key: `all` for the total") String key,
            @Schema(required = true) String label,
            @Schema(required = true, description = "One per measure, in the measures' order") List<Figure> figures) {}

    @Schema(name = "ReportFigure")
    public record Figure(
            @Schema(required = true) String measure,
            @Schema(description = "Absent when there is nothing to compute it from") BigDecimal value,
            @Schema(description = "The children the figure is computed from; absent when it is not about children") Long base,
            @Schema(required = true, description = "True when 1 to 4 children: exports show \"fewer than 5\"") boolean suppressed,
            @Schema(description = "The drill-down: the records the figure counts") String records) {}

    @Schema(name = "FeedbackQuote")
    public record Quote(
            @Schema(required = true) String source,
            Integer rating,
            String quote,
            @Schema(required = true) LocalDate closedOn) {}

    @Schema(name = "ReportRecordList", description = "The records one figure counts")
    public record RecordList(
            @Schema(required = true) String report,
            @Schema(required = true) String measure,
            @Schema(required = true) String label,
            String group,
            @Schema(required = true) List<RecordItem> records) {}

    @Schema(name = "ReportRecord")
    public record RecordItem(
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String reference,
            UUID caseId,
            @Schema(required = true) String schoolUrn,
            @Schema(required = true) String schoolName,
            @Schema(required = true) String areaName,
            @Schema(required = true, description = "The day the record counts on") LocalDate on,
            @Schema(description = "The record's own number, for a mean, a median or a percentage (1 counts, 0 does not)")
            BigDecimal value) {}
}
