package org.teamaround.report;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL every report runs: its sources' records as `m(source, referral_id, on_date, value)`, each joined to its
 * referral `r`, school `s`, area `a`, case `c` and practitioner `p`, kept when inside the period and the filters.
 */
final class ReportSql {

    private ReportSql() {}

    private static final String JOINED = " join referral r on r.id = m.referral_id join school s on s.urn = r.school_urn "
            + "join area a on a.id = s.area_id left join support_case c on c.referral_id = r.id "
            + "left join practitioner p on p.id = c.practitioner_id ";

    static final String JOINS = " from m" + JOINED;

    private static final String LAST_DAY = "cast(:asOf as date)";
    private static final String MONTH_ENDS = "select least((d + interval '1 month' - interval '1 day')::date, " + LAST_DAY
            + ") from generate_series(date_trunc('month', cast(:from as timestamp)), cast(:asOf as timestamp), "
            + "interval '1 month') d";

    /**
     * One source's records as `m`, with the joins the filters and the breakdown need: a total over the whole service
     * counts the records alone (every record's referral has a school in an area, so the joins would drop none).
     */
    static String from(Source source, ReportFilter filter, Breakdown by) {
        boolean joined = (by != null && by != Breakdown.MONTH) || filter.areaId() != null || filter.schoolUrn() != null
                || filter.needType() != null || filter.practitionerId() != null;
        return " from (" + records(source) + ") m" + (joined ? JOINED : " ");
    }

    /** Whether the days' counts of `report_day` serve: no filter but the period, in total or by month. */
    static boolean serviceWide(ReportFilter filter, Breakdown by) {
        return filter.areaId() == null && filter.schoolUrn() == null && filter.needType() == null
                && filter.practitionerId() == null && (by == null || by == Breakdown.MONTH);
    }

    /** A source's days in the period as `m(on_date, records, total)`, from `report_day`. */
    static String days(Source source) {
        return " from report_day m where m.source = '" + source.key() + "' and m.on_date between :from and :to";
    }

    /** A source's records as (referral_id, on_date, value), the value a number. */
    private static String records(Source source) {
        return "select x.referral_id, x.on_date, x.value::numeric from (" + source.sql() + ") x(referral_id, on_date, value)";
    }

    /** The `with` clause of the snapshot days alone (the period's last, or every month's). */
    static String snapshots(boolean monthly) {
        return "with snapshot(on_date) as (" + (monthly ? MONTH_ENDS : "select " + LAST_DAY) + ") ";
    }

    /** The `with` clause: the snapshot days (the period's last, or every month's) and the sources' records. */
    static String with(Collection<Source> sources, boolean monthly) {
        String records = sources.stream()
                .map(s -> "select '" + s.key() + "', r.* from (" + records(s) + ") r")
                .collect(Collectors.joining(" union all "));
        return "with snapshot(on_date) as (" + (monthly ? MONTH_ENDS : "select " + LAST_DAY) + "), "
                + "m(source, referral_id, on_date, value) as (" + records + ")";
    }

    /** The period and the filters that are set. */
    static String where(ReportFilter filter) {
        StringBuilder where = new StringBuilder(" where m.on_date between :from and :to");
        if (filter.areaId() != null) {
            where.append(" and s.area_id = :areaId");
        }
        if (filter.schoolUrn() != null) {
            where.append(" and r.school_urn = :schoolUrn");
        }
        if (filter.needType() != null) {
            where.append(" and r.child_primary_need = :needType");
        }
        if (filter.practitionerId() != null) {
            where.append(" and c.practitioner_id = :practitionerId");
        }
        return where.toString();
    }

    /** In a monthly report, the whole period's total reads a snapshot on the period's last day only. */
    static String lastDayOnly(Source source) {
        return source.snapshot() ? " and m.on_date = " + LAST_DAY : "";
    }

    /** Binds the parameters the SQL uses (a parameter the SQL does not name may not be bound). */
    static Query bind(Query query, String sql, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (value != null && sql.matches("(?s).*:" + name + "\\b.*")) {
                query.setParameter(name, value);
            }
        });
        return query;
    }
}
