package org.teamaround.performance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading PostgreSQL's plans: which large table a plan scans sequentially. */
final class QueryPlans {

    /** The tables that grow with the service's history (the audit trail's monthly partitions included). */
    static final Pattern LARGE = Pattern.compile(
            "referral|referral_.*|triage_decision|support_case|case_.*|audit_event.*|retention_review|sign_in_seen|idempotency.*");

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryPlans() {}

    /** A statement with JDBC's `?` placeholders numbered `$1`, `$2`… as PREPARE wants them, and how many there are. */
    record Numbered(String sql, int parameters) {}

    static Numbered numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                out.append('$').append(++count);
            } else {
                out.append(c);
            }
        }
        return new Numbered(out.toString(), count);
    }

    /**
     * The large tables the plan reads by a sequential scan: with sequential scans priced out, one that is still
     * chosen means no index serves the query.
     */
    static List<String> sequentialScans(String planJson) {
        List<String> reads = new ArrayList<>();
        try {
            walk(JSON.readTree(planJson).get(0).get("Plan"), reads);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a JSON plan: " + planJson, e);
        }
        return reads;
    }

    private static void walk(JsonNode node, List<String> reads) {
        String type = node.path("Node Type").asText();
        String table = node.path("Relation Name").asText();
        if (type.equals("Seq Scan") && LARGE.matcher(table).matches()) {
            reads.add(type + " on " + table);
        }
        for (JsonNode child : node.path("Plans")) {
            walk(child, reads);
        }
    }
}
