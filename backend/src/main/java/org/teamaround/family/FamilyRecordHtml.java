package org.teamaround.family;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.teamaround.common.time.Clocks;
import org.teamaround.referral.ReferralRequest;

/**
 * The family record as one page a family can read: a section per part, a table per list, UK dates and times. The
 * page is self-contained (its style inline; no script, nothing fetched) and every value is escaped, for a child's
 * record holds whatever a school typed. It shows what the JSON holds, from the same records, less what only a
 * machine needs: ids, versions and the actions the API would allow next.
 */
final class FamilyRecordHtml {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(Clocks.LONDON);
    private static final Set<String> MACHINE_FIELDS = Set.of("id", "version", "allowedActions");
    /** Codes read as they are (SEN2 census codes), not turned into words. */
    private static final Set<Class<?>> CODES = Set.of(ReferralRequest.SenProvision.class, ReferralRequest.PrimaryNeed.class);
    private static final Map<String, String> ACRONYMS = Map.of("upn", "UPN", "urn", "URN", "nhs", "NHS", "sen", "SEN",
            "ehc", "EHC", "ehcp", "EHCP");
    private static final String STYLE = "body{font-family:Arial,sans-serif;color:#0b0c0c;margin:2em;line-height:1.4}"
            + "table{border-collapse:collapse;margin:0 0 1.5em;width:100%}td table{margin:0}"
            + "th,td{border:1px solid #b1b4b6;padding:.3em .5em;text-align:left;vertical-align:top}"
            + "th{background:#f3f2f1}caption{text-align:left;font-weight:bold;padding:.3em 0}";

    private FamilyRecordHtml() {}

    static String page(FamilyRecord record) {
        String title = "Family record " + escape(record.referral().reference());
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(title).append("</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(title).append("</h1>\n")
                .append("<p>Exported on ").append(MOMENT.format(record.exported().at())).append(" by ")
                .append(escape(record.exported().by())).append(". Dates and times are UK time.</p>\n");
        section(html, "h2", "Referral", record.referral());
        section(html, "h2", "Panel decisions", record.panelDecisions());
        chapter(html, "Case work", record.caseWork());
        chapter(html, "Disclosure log", record.disclosureLog());
        return html.append("</body>\n</html>\n").toString();
    }

    /** A heading, then each part of the record under a heading of its own. */
    private static void chapter(StringBuilder html, String title, Record parts) {
        if (parts == null) {
            section(html, "h2", title, null);
            return;
        }
        html.append("<h2>").append(escape(title)).append("</h2>\n");
        for (RecordComponent part : parts.getClass().getRecordComponents()) {
            section(html, "h3", words(part.getName()), read(parts, part));
        }
    }

    private static void section(StringBuilder html, String heading, String title, Object value) {
        Object plain = plain(value);
        html.append('<').append(heading).append('>').append(escape(title)).append("</").append(heading).append(">\n")
                .append(isEmpty(plain) ? "<p>None recorded.</p>" : block(title, plain)).append('\n');
    }

    /**
     * Records and JSON objects alike as ordered fields, and lists item by item, leaving out what only a machine
     * needs (the JSON keeps it).
     */
    private static Object plain(Object value) {
        if (value instanceof Record record) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                fields.put(component.getName(), read(record, component));
            }
            return plain(fields);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((name, field) -> fields.put(String.valueOf(name), plain(field)));
            fields.keySet().removeIf(name -> MACHINE_FIELDS.contains(name) || name.endsWith("Id"));
            return fields;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FamilyRecordHtml::plain).toList();
        }
        return value;
    }

    /** A value that stands on its own: fields as a table of rows, a list of them as a table with a row each. */
    private static String block(String caption, Object value) {
        if (value instanceof Map<?, ?> fields) {
            return fieldTable(caption, fields);
        }
        if (isTable(value)) {
            return rowTable(caption, (List<?>) value);
        }
        return "<p>" + text(value) + "</p>";
    }

    private static String fieldTable(String caption, Map<?, ?> fields) {
        StringBuilder table = new StringBuilder("<table><caption>").append(escape(caption)).append("</caption><tbody>");
        fields.forEach((name, value) -> {
            if (!isEmpty(value)) {
                String label = words((String) name);
                table.append("<tr><th scope=\"row\">").append(escape(label)).append("</th><td>")
                        .append(cell(label, value)).append("</td></tr>");
            }
        });
        return table.append("</tbody></table>").toString();
    }

    /** A row per item, a column per field that any item fills. */
    private static String rowTable(String caption, List<?> items) {
        Set<Object> columns = new LinkedHashSet<>();
        items.forEach(item -> ((Map<?, ?>) item).forEach((name, value) -> {
            if (!isEmpty(value)) {
                columns.add(name);
            }
        }));
        StringBuilder table = new StringBuilder("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
        columns.forEach(name -> table.append("<th scope=\"col\">").append(escape(words((String) name))).append("</th>"));
        table.append("</tr></thead><tbody>");
        for (Object item : items) {
            table.append("<tr>");
            columns.forEach(name -> table.append("<td>").append(cell(words((String) name), ((Map<?, ?>) item).get(name)))
                    .append("</td>"));
            table.append("</tr>");
        }
        return table.append("</tbody></table>").toString();
    }

    private static String cell(String label, Object value) {
        return value instanceof Map || isTable(value) ? block(label, value) : text(value);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant at) {
            return MOMENT.format(at);
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Enum<?> code && !CODES.contains(code.getDeclaringClass())) {
            return escape(sentence(code.name().toLowerCase(Locale.UK).split("_")));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(FamilyRecordHtml::text).collect(Collectors.joining(", "));
        }
        return escape(value.toString());
    }

    private static boolean isTable(Object value) {
        return value instanceof List<?> items && !items.isEmpty() && items.stream().allMatch(Map.class::isInstance);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String string && string.isBlank()
                || value instanceof Collection<?> items && items.isEmpty() || value instanceof Map<?, ?> map && map.isEmpty();
    }

    /** A field's name as words: firstContactDue is "First contact due", nhsNumber "NHS number". */
    private static String words(String name) {
        return sentence(name.split("(?=[A-Z])"));
    }

    private static String sentence(String[] parts) {
        String joined = Arrays.stream(parts).map(part -> part.toLowerCase(Locale.UK))
                .map(part -> ACRONYMS.getOrDefault(part, part)).collect(Collectors.joining(" "));
        return joined.isEmpty() ? joined : Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true); // the records of other features are public; their parts may not be
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a family record", e);
        }
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
