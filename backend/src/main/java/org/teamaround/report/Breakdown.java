package org.teamaround.report;

/**
 * How a report's figures are broken down: the SQL that gives each counted record its group's key and label (over
 * the aliases of {@link ReportSql}: `m` the measure's rows, `r` referral, `s` school, `a` area, `c` case, `p` its
 * practitioner).
 */
enum Breakdown {
    AREA("area", "Area", "s.area_id::text", "a.name"),
    SCHOOL("school", "School", "r.school_urn", "s.name"),
    NEED_TYPE("needType", "Need type", "coalesce(r.child_primary_need, 'NONE')", "coalesce(r.child_primary_need, 'NONE')"),
    PRACTITIONER("practitioner", "Practitioner", "coalesce(c.practitioner_id, 'none')", "coalesce(p.name, 'Not allocated')"),
    MONTH("month", "Month", "to_char(m.on_date, 'YYYY-MM')", "to_char(m.on_date, 'YYYY-MM')");

    final String param;
    final String heading;
    final String keySql;
    final String labelSql;

    Breakdown(String param, String heading, String keySql, String labelSql) {
        this.param = param;
        this.heading = heading;
        this.keySql = keySql;
        this.labelSql = labelSql;
    }

    static Breakdown fromParam(String value) {
        for (Breakdown b : values()) {
            if (b.param.equals(value)) {
                return b;
            }
        }
        return null;
    }
}
