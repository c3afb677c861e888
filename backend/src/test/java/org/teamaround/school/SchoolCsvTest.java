package org.teamaround.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teamaround.common.error.Problem.FieldError;

/** The import file read into rows, with each unreadable cell named by its line and column. */
class SchoolCsvTest {

    private static final String HEADER = "urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent\n";

    @Test
    void readsRowsWithTheirLinesWhateverTheQuotingAndBlankLines() {
        ImportErrors errors = new ImportErrors();
        List<SchoolCsv.Row> rows = SchoolCsv.parse("\uFEFF" + HEADER
                + "100001,\"Northgate, Primary\",Pontefract,primary,18.5,4,,6.5\n"
                + "\n"
                + "100002,\"Two\nlines\",Castleford,All-through,24,7,12.5,3\n"
                + "100003,Third,Airedale,SPECIAL,,,,\n", errors);
        assertTrue(errors.isEmpty(), () -> errors.listed().toString());
        assertEquals(List.of(2, 4, 6), rows.stream().map(SchoolCsv.Row::line).toList());
        SchoolRecords.Request first = rows.get(0).request();
        assertEquals("Northgate, Primary", first.name());
        assertEquals(SchoolPhase.PRIMARY, first.phase());
        assertEquals(new BigDecimal("18.5"), first.vulnerability().senPercent());
        assertEquals(null, first.vulnerability().mobilityPercent());
        assertEquals(SchoolPhase.ALL_THROUGH, rows.get(1).request().phase());
        assertEquals(null, rows.get(2).request().vulnerability().lookedAfter());
    }

    @Test
    void namesEachUnreadableCellByLineAndColumnInFileOrder() {
        ImportErrors errors = new ImportErrors();
        SchoolCsv.parse(HEADER
                + "100001,One,Pontefract,PRIMARY,18.5,4,9,6.5\n"
                + "100002,Two,Castleford,NURSERY,12%,four,9,6.5\n"
                + "100003,Three,Airedale\n", errors);
        assertEquals(List.of(
                new FieldError("line 3, column phase", "must be one of PRIMARY, MIDDLE, SECONDARY, ALL_THROUGH, "
                        + "SPECIAL, ALTERNATIVE_PROVISION"),
                new FieldError("line 3, column sen_percent", "must be a number from 0 to 100, without a % sign"),
                new FieldError("line 3, column looked_after", "must be a whole number, 0 or more"),
                new FieldError("line 4", "has 3 values; the header has 8")), errors.listed());
    }

    @Test
    void theHeaderMustNameEveryColumnOnce() {
        ImportErrors errors = new ImportErrors();
        SchoolCsv.parse("URN,name,name,area,phase,sen,looked_after,mobility_percent,eal_percent\n1,2,3,4,5,6,7,8,9\n",
                errors);
        assertEquals(List.of(new FieldError("line 1, column name", "appears twice"),
                new FieldError("line 1, column sen_percent", "is missing from the header"),
                new FieldError("line 1, column sen", "is not a column of the import, which are "
                        + "urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent")),
                errors.listed());
    }

    @Test
    void aBrokenQuoteIsNamedByItsLine() {
        ImportErrors errors = new ImportErrors();
        SchoolCsv.parse(HEADER + "100001,One,Pontefract,PRIMARY,18.5,4,9,6.5\n100002,\"Two\"x,Castleford\n", errors);
        assertEquals(List.of(new FieldError("line 3", "cannot be read as CSV: check its quotes and commas")),
                errors.listed());
    }

    @Test
    void anEmptyFileOrOneWithoutSchoolsIsAnError() {
        ImportErrors empty = new ImportErrors();
        SchoolCsv.parse("", empty);
        assertEquals(List.of("line 1"), empty.listed().stream().map(FieldError::field).toList());
        ImportErrors headerOnly = new ImportErrors();
        SchoolCsv.parse(HEADER, headerOnly);
        assertEquals(List.of("line 2"), headerOnly.listed().stream().map(FieldError::field).toList());
    }
}
