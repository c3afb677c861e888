package org.teamaround.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Havering's capacity rule as a table: full caseloads are refused unless a senior gives a reason. */
class CapacityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "0  | 12 | null                      | true  | an empty caseload",
        "11 | 12 | null                      | true  | one place left",
        "12 | 12 | null                      | false | full",
        "13 | 12 | null                      | false | already beyond capacity",
        "12 | 12 | '   '                     | false | a blank reason is no reason",
        "12 | 12 | Sibling already with them | true  | full, with a senior's reason",
        "0  | 0  | null                      | false | capacity 0: on leave",
        "0  | 0  | Cover while on leave ends | true  | capacity 0, with a reason",
    })
    void aFullCaseloadNeedsAReason(long caseload, int capacity, String reason, boolean allowed, String why) {
        Optional<String> refusal = Capacity.refusal("Priya Shah", caseload, capacity, reason);
        assertEquals(allowed, refusal.isEmpty(), why);
        refusal.ifPresent(message -> assertEquals(
                "is required: Priya Shah is at capacity (" + caseload + " of " + capacity + " cases)", message, why));
    }
}
