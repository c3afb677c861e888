package org.teamaround.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teamaround.common.error.Problem.FieldError;

/**
 * The errors found in an import file, named by line and column (`line 3, column sen_percent`) and given back in
 * file order, at most one per cell, so a spreadsheet's author can fix them top to bottom.
 */
final class ImportErrors {

    /** More than this many errors says the file is the wrong one; the first ones are enough to see why. */
    static final int MAX_LISTED = 100;

    private record Entry(int line, int column, String field, String message) {}

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> cellsWithErrors = new HashSet<>();

    void atLine(int line, String message) {
        entries.add(new Entry(line, -1, "line " + line, message));
    }

    /** An error in a cell, unless that cell already has one (its first error is the one to fix). */
    void atCell(int line, String column, String message) {
        String field = "line " + line + ", column " + column;
        if (cellsWithErrors.add(field)) {
            entries.add(new Entry(line, columnOrder(column), field, message));
        }
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    int size() {
        return entries.size();
    }

    /** The first {@link #MAX_LISTED} errors, in file order. */
    List<FieldError> listed() {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::column))
                .limit(MAX_LISTED)
                .map(entry -> new FieldError(entry.field, entry.message))
                .toList();
    }

    private static int columnOrder(String column) {
        int known = SchoolCsv.COLUMNS.indexOf(column);
        return known >= 0 ? known : SchoolCsv.COLUMNS.size();
    }
}
