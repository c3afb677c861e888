package org.teamaround.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamaround.allocation.Practitioner;
import org.teamaround.common.error.ApiException;
import org.teamaround.report.ReportRecords.Filters;
import org.teamaround.report.ReportRecords.MeasureInfo;
import org.teamaround.report.ReportRecords.Quote;
import org.teamaround.report.ReportRecords.RecordItem;
import org.teamaround.report.ReportRecords.RecordList;
import org.teamaround.report.ReportRecords.Report;
import org.teamaround.report.ReportRecords.Row;
import org.teamaround.school.Area;
import org.teamaround.school.School;

/** Answers report requests: checks the filters, computes the figures, lists a figure's records. */
@ApplicationScoped
class ReportService {

    /** A drill-down lists at most this many records (a period is at most three years). */
    static final int MAX_RECORDS = 5000;
    private static final int MAX_QUOTES = 50;

    @Inject
    EntityManager em;

    @Inject
    ReportEngine engine;

    @Inject
    Clock clock;

    @ConfigProperty(name = "teamaround.review.interval-weeks", defaultValue = "6")
    int reviewWeeks;

    Report report(ReportDefinition definition, ReportQuery query) {
        ReportFilter filter = filter(definition, query);
        List<Row> rows = engine.rows(definition, filter);
        List<Quote> quotes = definition == OutcomesReport.DEFINITION ? quotes(filter) : null;
        return new Report(definition.name(), definition.title(), filter.from(), filter.to(), filters(filter),
                filter.by() == null ? null : filter.by().param,
                definition.measures().stream().map(m -> new MeasureInfo(m.key(), m.label(), m.unit(), m.description())).toList(),
                rows.get(0), rows.subList(1, rows.size()), quotes);
    }

    RecordList records(ReportDefinition definition, String measureKey, String group, ReportQuery query) {
        Measure measure = definition.measure(measureKey).filter(m -> m.source() != null)
                .orElseThrow(() -> ApiException.invalid("measure", "must be one of the report's counted figures"));
        ReportFilter filter = filter(definition, query);
        if (group != null && filter.by() == null) {
            throw ApiException.invalid("group", "needs a breakdown (by)");
        }
        boolean monthly = filter.by() == Breakdown.MONTH && group != null;
        String sql = ReportSql.with(List.of(measure.source()), monthly)
                + " select m.referral_id, r.reference, c.id, r.school_urn, s.name, a.name, m.on_date, m.value"
                + ReportSql.JOINS + ReportSql.where(filter) + (group == null ? "" : " and " + filter.by().keySql + " = :group")
                + " order by m.on_date, r.reference limit " + MAX_RECORDS;
        var parameters = filter.parameters(reviewWeeks);
        parameters.put("group", group);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ReportSql.bind(em.createNativeQuery(sql), sql, parameters).getResultList();
        List<RecordItem> records = rows.stream().map(r -> new RecordItem((UUID) r[0], (String) r[1], (UUID) r[2],
                (String) r[3], (String) r[4], (String) r[5], (LocalDate) r[6], (BigDecimal) r[7])).toList();
        return new RecordList(definition.name(), measure.key(), measure.label(), group, records);
    }

    private List<Quote> quotes(ReportFilter filter) {
        Source closures = Source.events("quotes", "select sc.referral_id, cl.closed_on, null " + Sources.STANDING_CLOSURES);
        String sql = ReportSql.with(List.of(closures), false) + " select f.source, f.rating, f.quote, m.on_date"
                + ReportSql.JOINS + "join case_closure cl on cl.case_id = c.id and cl.reopened_at is null "
                + "join closure_feedback f on f.closure_id = cl.id" + ReportSql.where(filter)
                + " and f.quote is not null order by m.on_date desc, f.position limit " + MAX_QUOTES;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ReportSql.bind(em.createNativeQuery(sql), sql, filter.parameters(reviewWeeks)).getResultList();
        return rows.stream().map(r -> new Quote((String) r[0], r[1] == null ? null : ((Number) r[1]).intValue(),
                (String) r[2], (LocalDate) r[3])).toList();
    }

    private ReportFilter filter(ReportDefinition definition, ReportQuery query) {
        Breakdown by = query.breakdown();
        if (definition.fixedBreakdown() != null) {
            if (by != null && by != definition.fixedBreakdown()) {
                throw ApiException.invalid("by", "this report is always by " + definition.fixedBreakdown().param);
            }
            by = definition.fixedBreakdown();
        }
        UUID areaId = query.areaUuid();
        if (areaId != null && Area.findById(areaId) == null) {
            throw ApiException.invalid("areaId", "is not an area of the service");
        }
        if (query.schoolUrn != null && School.findByUrn(query.schoolUrn).isEmpty()) {
            throw ApiException.invalid("schoolUrn", "is not a school of the service");
        }
        if (query.practitionerId != null && Practitioner.findById(query.practitionerId) == null) {
            throw ApiException.invalid("practitionerId", "is not a practitioner of the service");
        }
        LocalDate to = query.toDate();
        LocalDate today = LocalDate.now(clock);
        return new ReportFilter(query.fromDate(), to, to.isAfter(today) ? today : to, areaId, query.schoolUrn,
                query.needType, query.practitionerId, by);
    }

    private static Filters filters(ReportFilter filter) {
        Area area = filter.areaId() == null ? null : Area.findById(filter.areaId());
        Practitioner practitioner = filter.practitionerId() == null ? null : Practitioner.findById(filter.practitionerId());
        return new Filters(filter.areaId(), area == null ? null : area.name, filter.schoolUrn(),
                filter.schoolUrn() == null ? null : School.nameOf(filter.schoolUrn()), filter.needType(),
                filter.practitionerId(), practitioner == null ? null : practitioner.name);
    }
}
