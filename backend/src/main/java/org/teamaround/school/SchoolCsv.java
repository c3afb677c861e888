package org.teamaround.school;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.teamaround.school.SchoolRecords.Request;
import org.teamaround.school.SchoolRecords.Vulnerability;

/**
 * Reads the schools import file (a header row, then one school per row) into requests, each with the line it
 * starts on. Cells that cannot be read as their type are errors here; the request's own constraints are
 * checked afterwards, as for a single school.
 */
final class SchoolCsv {

    static final List<String> COLUMNS = List.of("urn", "name", "area", "phase", "sen_percent", "looked_after",
            "mobility_percent", "eal_percent");

    /** The CSV column of each request field, so a request's error names the cell it came from. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.of("urn", "urn", "name", "name", "area", "area",
            "phase", "phase", "vulnerability.senPercent", "sen_percent", "vulnerability.lookedAfter", "looked_after",
            "vulnerability.mobilityPercent", "mobility_percent", "vulnerability.ealPercent", "eal_percent");

    /** Without a schema every row is an array of strings, whatever the header says. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final String PHASES = Arrays.stream(SchoolPhase.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /** A school's row: the line it starts on and the request it makes (unreadable cells left empty). */
    record Row(int line, Request request) {}

    private SchoolCsv() {}

    /** The rows of a file; what cannot be read goes into `errors`. */
    static List<Row> parse(String text, ImportErrors errors) {
        List<Row> rows = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;   // the byte-order mark Excel writes
        List<String> header = null;
        List<String> cells = new ArrayList<>();
        int line = 0;
        try (JsonParser parser = CSV.createParser(body)) {
            // Each row is an array of strings; its line is where its first cell starts (a quoted cell may span lines).
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && !cells.isEmpty()) {
                    if (cells.stream().allMatch(String::isBlank)) {
                        cells.clear();
                        continue;
                    }
                    if (header == null) {
                        header = cells.stream().map(name -> name.trim().toLowerCase()).toList();
                        if (!checkHeader(line, header, errors)) {
                            return rows;
                        }
                    } else if (cells.size() != header.size()) {
                        errors.atLine(line, "has " + cells.size() + " values; the header has " + header.size());
                    } else {
                        rows.add(row(line, header, cells, errors));
                    }
                    cells = new ArrayList<>();
                }
            }
        } catch (IOException e) {
            int at = cells.isEmpty() && e instanceof JsonProcessingException json && json.getLocation() != null
                    ? json.getLocation().getLineNr() : line;
            errors.atLine(Math.max(at, 1), "cannot be read as CSV: check its quotes and commas");
            return rows;
        }
        if (header == null) {
            errors.atLine(1, "must be the header row: " + String.join(",", COLUMNS));
        } else if (rows.isEmpty() && errors.isEmpty()) {
            errors.atLine(line + 1, "must be the first school: the file has no schools");
        }
        return rows;
    }

    private static boolean checkHeader(int line, List<String> header, ImportErrors errors) {
        int before = errors.size();
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!COLUMNS.contains(name)) {
                errors.atCell(line, name, "is not a column of the import, which are " + String.join(",", COLUMNS));
            } else if (!seen.add(name)) {
                errors.atCell(line, name, "appears twice");
            }
        }
        COLUMNS.stream().filter(name -> !header.contains(name))
                .forEach(name -> errors.atCell(line, name, "is missing from the header"));
        return errors.size() == before;
    }

    private static Row row(int line, List<String> header, List<String> cells, ImportErrors errors) {
        Map<String, String> value = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = cells.get(i).trim();
            value.put(header.get(i), cell.isEmpty() ? null : cell);
        }
        Function<String, BigDecimal> percent = column -> read(line, column, value, BigDecimal::new, errors,
                "must be a number from 0 to 100, without a % sign");
        Request request = new Request(value.get("urn"), value.get("name"), value.get("area"),
                read(line, "phase", value, SchoolCsv::phase, errors, "must be one of " + PHASES),
                new Vulnerability(percent.apply("sen_percent"),
                        read(line, "looked_after", value, Integer::valueOf, errors, "must be a whole number, 0 or more"),
                        percent.apply("mobility_percent"), percent.apply("eal_percent")),
                null);
        return new Row(line, request);
    }

    /** A cell read as its type: null when empty, or when unreadable (and then an error). */
    private static <T> T read(int line, String column, Map<String, String> value, Function<String, T> reader,
            ImportErrors errors, String message) {
        String text = value.get(column);
        try {
            return text == null ? null : reader.apply(text);
        } catch (IllegalArgumentException e) {
            errors.atCell(line, column, message);
            return null;
        }
    }

    private static SchoolPhase phase(String text) {
        return SchoolPhase.parse(text).orElseThrow(() -> new IllegalArgumentException("not a phase"));
    }
}
