package org.teamaround.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamaround.report.Measure.Aggregate;
import org.teamaround.report.Measure.Attribute;
import org.teamaround.report.ReportRecords.Figure;
import org.teamaround.report.ReportRecords.Row;

/** Computes a report's figures in PostgreSQL: one query for the total, one for the breakdown's groups. */
@ApplicationScoped
class ReportEngine {

    /** The children counted, then the records' sum, mean, percentiles and maximum. */
    private static final String AGGREGATES = "%s, sum(m.value), avg(m.value), %s, max(m.value)";
    private static final String PERCENTILES = "percentile_cont(0.5) within group (order by m.value), "
            + "percentile_cont(0.9) within group (order by m.value)";
    /** A report that shows no median or 90th percentile does not sort every record's value for them. */
    private static final String NO_PERCENTILES = "null::float8, null::float8";
    /** The same from the days' counts and sums of `report_day`: no percentiles or maximum. */
    private static final String DAY_AGGREGATES = "sum(m.records), sum(m.total), sum(m.total) / nullif(sum(m.records), 0), "
            + NO_PERCENTILES + ", null::numeric";
    /** What a day's count and sum can give. */
    private static final Set<Aggregate> FROM_DAYS = EnumSet.of(Aggregate.COUNT, Aggregate.SUM, Aggregate.PERCENT, Aggregate.MEAN);

    @Inject
    EntityManager em;

    @Inject
    ReportGroups groups;

    @ConfigProperty(name = "teamaround.review.interval-weeks", defaultValue = "6")
    int reviewWeeks;

    /**
     * Memory for the sorts of one report, so that a year's records are sorted in memory, not on disk. The report's
     * transaction also turns PostgreSQL's JIT compiler off: compiling a report's plan took longer (2 s on the bench's
     * year) than running it.
     */
    @ConfigProperty(name = "teamaround.reports.work-mem")
    String workMem;

    /**
     * PostgreSQL's parallel workers per scan. A report is a dozen scans of a year's records each; starting workers for
     * each took longer than the scan they shared (a year's funnel: 185 ms with them, about 100 ms without).
     */
    @ConfigProperty(name = "teamaround.reports.parallel-workers")
    int parallelWorkers;

    /** A group's aggregates of one source's records. */
    record Aggregates(long count, BigDecimal sum, BigDecimal mean, Double median, Double p90, BigDecimal max) {
        static final Aggregates NONE = new Aggregates(0, null, null, null, null, null);
    }

    /** Per group: its name and its sources' aggregates. */
    private record Grouped(Map<String, String> labels, Map<String, Map<String, Aggregates>> aggregates) {
        Map<String, Aggregates> of(String group) {
            return aggregates.getOrDefault(group, Map.of());
        }
    }

    /** The total row and, with a breakdown, one row per group. */
    List<Row> rows(ReportDefinition report, ReportFilter filter) {
        em.createNativeQuery("select set_config('work_mem', :workMem, true), set_config('jit', 'off', true), "
                        + "set_config('max_parallel_workers_per_gather', :workers, true)")
                .setParameter("workMem", workMem).setParameter("workers", String.valueOf(parallelWorkers)).getSingleResult();
        List<Source> sources = report.measures().stream().map(Measure::source).filter(Objects::nonNull).distinct().toList();
        Map<String, String> universe = new LinkedHashMap<>();
        Grouped grouped = new Grouped(Map.of(), Map.of());
        if (filter.by() != null) {
            grouped = aggregate(report, sources, filter, filter.by());
            universe = groups.universe(filter.by(), filter);
            grouped.labels().forEach(universe::putIfAbsent);
        }
        Map<String, Map<String, BigDecimal>> attributes = attributes(report, filter, universe);
        List<Row> rows = new ArrayList<>();
        rows.add(row(report, filter, ReportGroups.ALL, "All", aggregate(report, sources, filter, null).of(ReportGroups.ALL), attributes));
        for (Map.Entry<String, String> group : universe.entrySet()) {
            rows.add(row(report, filter, group.getKey(), group.getValue(), grouped.of(group.getKey()), attributes));
        }
        return rows;
    }

    /**
     * Each source aggregated on its own (a sort for `count(distinct)` only where a referral may have several records),
     * or from its days' counts where those serve, the groups of all of them in one query.
     */
    private Grouped aggregate(ReportDefinition report, List<Source> sources, ReportFilter filter, Breakdown by) {
        boolean monthly = filter.by() == Breakdown.MONTH;
        String key = by == null ? "'" + ReportGroups.ALL + "'" : by.keySql;
        String label = by == null ? "'All'" : by.labelSql;
        String percentiles = needsPercentiles(report) ? PERCENTILES : NO_PERCENTILES;
        String sql = ReportSql.snapshots(monthly) + sources.stream()
                .map(source -> "select '" + source.key() + "', " + key + ", " + label + ", " + (fromDays(report, source, filter, by)
                        ? DAY_AGGREGATES + ReportSql.days(source)
                        : AGGREGATES.formatted(source.onePerReferral() ? "count(*)" : "count(distinct m.referral_id)", percentiles)
                                + ReportSql.from(source, filter, by) + ReportSql.where(filter)
                                + (by == null && monthly ? ReportSql.lastDayOnly(source) : "")) + " group by 2, 3")
                .collect(Collectors.joining(" union all "));
        @SuppressWarnings("unchecked")
        List<Object[]> result = ReportSql.bind(em.createNativeQuery(sql), sql, filter.parameters(reviewWeeks)).getResultList();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Map<String, Aggregates>> aggregates = new HashMap<>();
        for (Object[] r : result) {
            String group = (String) r[1];
            labels.put(group, by == null ? "All" : groups.label(by, group, (String) r[2]));
            aggregates.computeIfAbsent(group, g -> new HashMap<>()).put((String) r[0], new Aggregates(
                    ((Number) r[3]).longValue(), (BigDecimal) r[4], (BigDecimal) r[5], (Double) r[6], (Double) r[7],
                    (BigDecimal) r[8]));
        }
        return new Grouped(labels, aggregates);
    }

    /** A source kept per day, asked for the whole service (in total or by month), for figures days can give. */
    private static boolean fromDays(ReportDefinition report, Source source, ReportFilter filter, Breakdown by) {
        return source.daily() && ReportSql.serviceWide(filter, by) && report.measures().stream()
                .filter(m -> source.equals(m.source())).allMatch(m -> FROM_DAYS.contains(m.aggregate()));
    }

    private static boolean needsPercentiles(ReportDefinition report) {
        return report.measures().stream().anyMatch(m -> m.aggregate() == Aggregate.MEDIAN || m.aggregate() == Aggregate.P90);
    }

    /** Measure key to group key to value, with the total under {@link ReportGroups#ALL} when it adds up. */
    private Map<String, Map<String, BigDecimal>> attributes(ReportDefinition report, ReportFilter filter,
            Map<String, String> universe) {
        Map<String, Map<String, BigDecimal>> attributes = new HashMap<>();
        for (Measure measure : report.measures()) {
            if (measure.aggregate() == Aggregate.ATTRIBUTE && filter.by() != null) {
                Map<String, BigDecimal> values = groups.attribute(measure.attribute(), filter.by(), filter, universe.keySet());
                if (measure.attribute() != Attribute.VULNERABILITY) {
                    values.put(ReportGroups.ALL, values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
                }
                attributes.put(measure.key(), values);
            }
        }
        return attributes;
    }

    private Row row(ReportDefinition report, ReportFilter filter, String group, String label,
            Map<String, Aggregates> aggregates, Map<String, Map<String, BigDecimal>> attributes) {
        Map<String, Figure> figures = new HashMap<>();
        for (Measure measure : report.measures()) {
            String records = records(report, filter, group, measure.recordsMeasure());
            Figure figure = switch (measure.aggregate()) {
                case ATTRIBUTE -> new Figure(measure.key(),
                        attributes.getOrDefault(measure.key(), Map.of()).get(group), null, false, null);
                case RATIO -> null;
                default -> counted(measure, aggregates.getOrDefault(measure.source().key(), Aggregates.NONE), records);
            };
            figures.put(measure.key(), figure);
        }
        report.measures().stream().filter(m -> m.aggregate() == Aggregate.RATIO).forEach(m -> figures.put(m.key(),
                ratio(m, figures.get(m.ratioOf()), figures.get(m.ratioTo()))));
        return new Row(group, label, report.measures().stream().map(m -> figures.get(m.key())).toList());
    }

    private static Figure counted(Measure measure, Aggregates a, String records) {
        BigDecimal value = switch (measure.aggregate()) {
            case COUNT -> BigDecimal.valueOf(a.count());
            case SUM -> a.sum() == null ? BigDecimal.ZERO : a.sum();
            case PERCENT -> a.mean() == null ? null : a.mean().multiply(BigDecimal.valueOf(100));
            case MEAN -> a.mean();
            case MEDIAN -> a.median() == null ? null : BigDecimal.valueOf(a.median());
            case P90 -> a.p90() == null ? null : BigDecimal.valueOf(a.p90());
            case MAX -> a.max();
            default -> throw new IllegalStateException(measure.aggregate().name());
        };
        return new Figure(measure.key(), rounded(value), a.count(), suppressed(a.count()), records);
    }

    private static Figure ratio(Measure measure, Figure of, Figure to) {
        BigDecimal value = of.value() == null || to.value() == null || to.value().signum() == 0 ? null
                : of.value().multiply(BigDecimal.valueOf(100)).divide(to.value(), 1, RoundingMode.HALF_UP);
        return new Figure(measure.key(), value, of.base(), of.suppressed(), of.records());
    }

    /** Small-number suppression: a figure about 1 to 4 children is not exported. */
    static boolean suppressed(Long children) {
        return children != null && children > 0 && children < 5;
    }

    private static BigDecimal rounded(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal scaled = value.setScale(1, RoundingMode.HALF_UP);
        return scaled.stripTrailingZeros().scale() <= 0 ? scaled.setScale(0, RoundingMode.UNNECESSARY) : scaled;
    }

    private static String records(ReportDefinition report, ReportFilter filter, String group, String measure) {
        if (measure == null) {
            return null;
        }
        String url = "/api/v1/reports/" + report.name() + "/records?measure=" + measure + "&" + filter.queryString();
        return ReportGroups.ALL.equals(group) ? url
                : url + "&by=" + filter.by().param + "&group=" + URLEncoder.encode(group, StandardCharsets.UTF_8);
    }
}
