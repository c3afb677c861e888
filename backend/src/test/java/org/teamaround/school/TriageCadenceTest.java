package org.teamaround.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The panel's next meeting days by its cadence, on any day. */
class TriageCadenceTest {

    private static final LocalDate FRIDAY_2_JAN_2026 = LocalDate.of(2026, 1, 2);

    @ParameterizedTest(name = "every {0} weeks from {1}, seen on {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // fortnightly Fridays from 2 January 2026
        "2 | 2026-01-02 | 2026-11-24 | 2026-12-04 2026-12-18 2027-01-01",   // a Tuesday between meetings
        "2 | 2026-01-02 | 2026-12-04 | 2026-12-04 2026-12-18 2027-01-01",   // a meeting today is still to come
        "2 | 2026-01-02 | 2026-12-05 | 2026-12-18 2027-01-01 2027-01-15",   // the day after a meeting
        "2 | 2026-01-02 | 2026-11-27 | 2026-12-04 2026-12-18 2027-01-01",   // a Friday of the other fortnight
        "2 | 2026-01-02 | 2025-12-01 | 2026-01-02 2026-01-16 2026-01-30",   // before the series starts
        // weekly and four-weekly
        "1 | 2026-01-02 | 2026-11-24 | 2026-11-27 2026-12-04 2026-12-11",
        "4 | 2026-01-02 | 2026-11-24 | 2026-12-04 2027-01-01 2027-01-29",
    })
    void proposesTheNextMeetingDays(int everyWeeks, LocalDate startsOn, LocalDate today, String expected) {
        TriageCadence cadence = new TriageCadence(everyWeeks, Weekday.FRIDAY, startsOn);
        List<LocalDate> days = Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();
        assertEquals(days, cadence.next(today, days.size()));
    }

    @Test
    void aSeriesStartsOnItsWeekday() {
        assertThrows(IllegalArgumentException.class,
                () -> new TriageCadence(2, Weekday.THURSDAY, FRIDAY_2_JAN_2026));
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(friday, TriageCadence.firstOnOrAfter(LocalDate.of(2026, 11, 24), Weekday.FRIDAY));
        assertEquals(friday, TriageCadence.firstOnOrAfter(friday, Weekday.FRIDAY));
    }
}
