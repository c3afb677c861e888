package org.teamaround.security.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The authorization matrix as people read it: docs/security/authorization-matrix.md, a Markdown table with a row per
 * operation (operationId) and a column per {@link Caller}; each cell the answer that caller must get: {@code 2xx},
 * {@code 401} (not signed in as the backend accepts), {@code 403} (a function the role may never use) or {@code 404}
 * (a record outside the caller's scope, indistinguishable from one that does not exist).
 */
public final class AuthorizationMatrix {

    static final Path TABLE = Path.of("..", "docs", "security", "authorization-matrix.md");
    static final List<String> ANSWERS = List.of("2xx", "401", "403", "404");

    private final Map<String, Map<Caller, String>> expected;

    private AuthorizationMatrix(Map<String, Map<Caller, String>> expected) {
        this.expected = expected;
    }

    public static AuthorizationMatrix read() {
        try {
            return parse(Files.readAllLines(TABLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows: the first Markdown table whose header starts with "operation | operationId". */
    static AuthorizationMatrix parse(List<String> lines) {
        List<Caller> columns = null;
        Map<String, Map<Caller, String>> rows = new LinkedHashMap<>();
        for (String line : lines) {
            List<String> cells = cells(line);
            if (cells.size() < 2) {
                continue;
            }
            if (cells.get(1).equals("operationId")) {
                columns = cells.subList(2, cells.size()).stream().map(Caller::byLabel).toList();
            } else if (columns != null && !cells.get(1).startsWith("---")) {
                rows.put(cells.get(1), row(cells, columns));
            }
        }
        return new AuthorizationMatrix(rows);
    }

    private static Map<Caller, String> row(List<String> cells, List<Caller> columns) {
        Map<Caller, String> row = new EnumMap<>(Caller.class);
        for (int i = 0; i < columns.size(); i++) {
            String answer = i + 2 < cells.size() ? cells.get(i + 2) : "";
            if (!ANSWERS.contains(answer)) {
                throw new IllegalArgumentException("row " + cells.get(1) + ", column '" + columns.get(i).label
                        + "': '" + answer + "' is not one of " + ANSWERS);
            }
            row.put(columns.get(i), answer);
        }
        return row;
    }

    private static List<String> cells(String line) {
        String trimmed = line.trim();
        if (!trimmed.startsWith("|")) {
            return List.of();
        }
        return Arrays.stream(trimmed.substring(1).split("\\|"))
                .map(cell -> cell.trim().replace("`", "")).collect(Collectors.toCollection(ArrayList::new));
    }

    /** The row of an operation, empty when the table has none. */
    public Map<Caller, String> expected(String operationId) {
        return expected.getOrDefault(operationId, Map.of());
    }

    List<String> operationIds() {
        return List.copyOf(expected.keySet());
    }

    static boolean matches(String answer, int status) {
        return answer.equals("2xx") ? status >= 200 && status < 300 : answer.equals(String.valueOf(status));
    }

    /** Markdown for rows of operations, e.g. to paste the answers a run saw into the table. */
    static String render(List<Operation> operations, Map<String, Map<Caller, String>> answers) {
        StringBuilder table = new StringBuilder("| operation | operationId |");
        Arrays.stream(Caller.values()).forEach(caller -> table.append(' ').append(caller.label).append(" |"));
        table.append("\n| --- | --- |").append(" --- |".repeat(Caller.values().length)).append('\n');
        for (Operation operation : operations) {
            table.append("| `").append(operation.method()).append(' ').append(operation.path()).append("` | ")
                    .append(operation.id()).append(" |");
            for (Caller caller : Caller.values()) {
                table.append(' ').append(answers.getOrDefault(operation.id(), Map.of()).getOrDefault(caller, "?"))
                        .append(" |");
            }
            table.append('\n');
        }
        return table.toString();
    }
}
