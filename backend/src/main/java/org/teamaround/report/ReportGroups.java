package org.teamaround.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.teamaround.allocation.rules.SchoolYears;
import org.teamaround.report.Measure.Attribute;
import org.teamaround.school.School;

/** The groups a breakdown shows — every one, even those with nothing to count — with their names and attributes. */
@ApplicationScoped
class ReportGroups {

    static final String ALL = "all";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Map<String, String> NEED_TYPES = Map.ofEntries(
            Map.entry("SPLD", "Specific learning difficulty"), Map.entry("MLD", "Moderate learning difficulty"),
            Map.entry("SLD", "Severe learning difficulty"), Map.entry("PMLD", "Profound and multiple learning difficulty"),
            Map.entry("SEMH", "Social, emotional and mental health"),
            Map.entry("SLCN", "Speech, language and communication needs"), Map.entry("HI", "Hearing impairment"),
            Map.entry("VI", "Visual impairment"), Map.entry("MSI", "Multi-sensory impairment"),
            Map.entry("PD", "Physical disability"), Map.entry("ASD", "Autistic spectrum disorder"),
            Map.entry("OTH", "Other difficulty or disability"),
            Map.entry("NSA", "SEN support but no specialist assessment of type of need"),
            Map.entry("NONE", "Not recorded"));

    @Inject
    EntityManager em;

    /** The breakdown's groups inside the filters, key to name, in the order a board reads them. */
    Map<String, String> universe(Breakdown by, ReportFilter filter) {
        Map<String, String> groups = new LinkedHashMap<>();
        switch (by) {
            case AREA -> rows("select a.id::text, a.name from area a" + (filter.areaId() == null ? "" : " where a.id = :areaId")
                    + " order by a.name", filter, groups);
            case SCHOOL -> rows("select s.urn, s.name from school s where true"
                    + (filter.areaId() == null ? "" : " and s.area_id = :areaId")
                    + (filter.schoolUrn() == null ? "" : " and s.urn = :schoolUrn") + " order by s.name", filter, groups);
            case PRACTITIONER -> rows("select p.id, p.name from practitioner p where true"
                    + (filter.areaId() == null ? "" : " and p.area_id = :areaId")
                    + (filter.practitionerId() == null ? "" : " and p.id = :practitionerId") + " order by p.name", filter, groups);
            case MONTH -> {
                for (YearMonth m = YearMonth.from(filter.from()); !m.atDay(1).isAfter(filter.to()); m = m.plusMonths(1)) {
                    groups.put(m.toString(), MONTH.format(m));
                }
            }
            case NEED_TYPE -> { } // only the needs that occur
        }
        return groups;
    }

    /** The name of a group the figures found (a need type's code, a month). */
    String label(Breakdown by, String key, String label) {
        return switch (by) {
            case NEED_TYPE -> NEED_TYPES.getOrDefault(key, key);
            case MONTH -> MONTH.format(YearMonth.parse(key));
            default -> label;
        };
    }

    /** An attribute of each group of the breakdown (absent for a group it does not apply to) and its total. */
    Map<String, BigDecimal> attribute(Attribute attribute, Breakdown by, ReportFilter filter, Collection<String> keys) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        switch (attribute) {
            case CAPACITY -> {
                if (by == Breakdown.PRACTITIONER) {
                    List<Object[]> rows = bound("select p.id, p.capacity from practitioner p", filter).getResultList();
                    rows.forEach(r -> values.put((String) r[0], BigDecimal.valueOf(((Number) r[1]).longValue())));
                }
            }
            case CORE_OFFER -> keys.forEach(k -> values.put(k, BigDecimal.valueOf(schoolYears(filter.from(), filter.to()))));
            case VULNERABILITY -> {
                if (!keys.isEmpty()) {
                    School.<School>list("urn in ?1", keys).forEach(school -> {
                        BigDecimal score = school.vulnerabilityScore();
                        if (score != null) {
                            values.put(school.urn, score);
                        }
                    });
                }
            }
        }
        values.keySet().retainAll(keys);
        return values;
    }

    /** The school years (1 September to 31 August) the period touches. */
    static long schoolYears(LocalDate from, LocalDate to) {
        return SchoolYears.start(to).getYear() - SchoolYears.start(from).getYear() + 1L;
    }

    @SuppressWarnings("unchecked")
    private void rows(String sql, ReportFilter filter, Map<String, String> groups) {
        List<Object[]> rows = bound(sql, filter).getResultList();
        rows.forEach(r -> groups.put((String) r[0], (String) r[1]));
    }

    private jakarta.persistence.Query bound(String sql, ReportFilter filter) {
        return ReportSql.bind(em.createNativeQuery(sql), sql, filter.parameters(0));
    }
}
