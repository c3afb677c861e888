package org.teamaround.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A report request, checked: the period, the filters and the breakdown. */
record ReportFilter(LocalDate from, LocalDate to, LocalDate asOf, UUID areaId, String schoolUrn, String needType,
        String practitionerId, Breakdown by) {

    /** The SQL parameters of the period and the filters. */
    Map<String, Object> parameters(int reviewWeeks) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("asOf", asOf);
        parameters.put("reviewWeeks", reviewWeeks);
        parameters.put("areaId", areaId);
        parameters.put("schoolUrn", schoolUrn);
        parameters.put("needType", needType);
        parameters.put("practitionerId", practitionerId);
        return parameters;
    }

    /** The query string that asks for the same report (without the breakdown). */
    String queryString() {
        StringBuilder query = new StringBuilder("from=" + from + "&to=" + to);
        append(query, "areaId", areaId == null ? null : areaId.toString());
        append(query, "schoolUrn", schoolUrn);
        append(query, "needType", needType);
        append(query, "practitionerId", practitionerId);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
