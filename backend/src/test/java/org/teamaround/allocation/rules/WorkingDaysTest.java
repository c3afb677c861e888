package org.teamaround.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * England and Wales working days. Every bank holiday below is in gov.uk's bank-holidays.json, division
 * england-and-wales (2019–2027 edition, as mirrored in dmossop/bank-holidays-data): 2026 and 2027 in full, and the
 * 2022 and 2023 substitute and one-off days. Every due date was counted by hand; the count is in the comment.
 */
class WorkingDaysTest {

    private static final WorkingDays ENGLAND_AND_WALES = WorkingDays.englandAndWales(Set.of());

    /** A made-up one-off holiday (a coronation-style extra day) that Jollyday does not know: Monday 12 October 2026. */
    private static final LocalDate ONE_OFF = LocalDate.of(2026, 10, 12);

    private static final WorkingDays WITH_ONE_OFF = WorkingDays.englandAndWales(Set.of(ONE_OFF));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-20 | true  | Friday",
        "2026-11-21 | false | Saturday",
        "2026-11-22 | false | Sunday",
        "2026-11-23 | true  | Monday",
        "2026-01-01 | false | New Year's Day, Thursday",
        "2026-04-02 | true  | Thursday before Good Friday",
        "2026-04-03 | false | Good Friday",
        "2026-04-06 | false | Easter Monday",
        "2026-04-07 | true  | Tuesday after Easter Monday",
        "2026-05-04 | false | early May bank holiday",
        "2026-05-11 | true  | the Monday after it",
        "2026-05-25 | false | late May (spring) bank holiday",
        "2026-08-24 | true  | a Monday, but not the last one in August",
        "2026-08-31 | false | August (summer) bank holiday",
        "2026-12-24 | true  | Christmas Eve is not a bank holiday",
        "2026-12-25 | false | Christmas Day, Friday",
        "2026-12-28 | false | Boxing Day substitute: 26 Dec 2026 is a Saturday",
        "2026-12-29 | true  | Tuesday after the substitute day",
        "2027-03-26 | false | Good Friday",
        "2027-03-29 | false | Easter Monday",
        "2027-05-03 | false | early May bank holiday",
        "2027-05-31 | false | late May (spring) bank holiday",
        "2027-08-30 | false | August (summer) bank holiday",
        "2027-12-24 | true  | Friday before a Saturday Christmas",
        "2027-12-27 | false | Christmas Day substitute: 25 Dec 2027 is a Saturday",
        "2027-12-28 | false | Boxing Day substitute: 26 Dec 2027 is a Sunday",
        "2027-12-29 | true  | Wednesday after both substitute days",
        "2022-01-03 | false | New Year's Day substitute: 1 Jan 2022 is a Saturday",
        "2022-12-26 | false | Boxing Day on its own Monday",
        "2022-12-27 | false | Christmas Day substitute: 25 Dec 2022 is a Sunday",
        "2022-09-19 | false | one-off: state funeral of Queen Elizabeth II, in Jollyday",
        "2023-05-08 | false | one-off: coronation of King Charles III, in Jollyday",
    })
    void weekendsAndEnglishBankHolidaysAreNotWorkingDays(LocalDate day, boolean working, String why) {
        assertEquals(working, ENGLAND_AND_WALES.isWorkingDay(day), why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // Mon 23 (1), Tue 24 (2), Wed 25 (3), Thu 26 (4), Fri 27 (5)
        "2026-11-20 | 5 | 2026-11-27",
        // Thu 26 (1), Fri 27 (2), Sat 28 -, Sun 29 -, Mon 30 (3), Tue 1 Dec (4), Wed 2 (5)
        "2026-11-25 | 5 | 2026-12-02",
        // Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4), Fri 25 Christmas -, Sat 26 -, Sun 27 -,
        // Mon 28 Boxing Day substitute -, Tue 29 (5)
        "2026-12-18 | 5 | 2026-12-29",
        // Thu 24 (1), Fri 25 -, Sat -, Sun -, Mon 28 -, Tue 29 (2), Wed 30 (3), Thu 31 (4),
        // Fri 1 Jan 2027 New Year -, Sat -, Sun -, Mon 4 Jan (5)
        "2026-12-23 | 5 | 2027-01-04",
        // Tue 21 (1), Wed 22 (2), Thu 23 (3), Fri 24 (4), Sat 25 -, Sun 26 -, Mon 27 -, Tue 28 -, Wed 29 (5)
        "2027-12-20 | 5 | 2027-12-29",
        // Wed 1 Apr (1), Thu 2 (2), Fri 3 Good Friday -, Sat -, Sun -, Mon 6 Easter Monday -, Tue 7 (3), Wed 8 (4), Thu 9 (5)
        "2026-03-31 | 5 | 2026-04-09",
        // Mon 25 late May -, Tue 26 (1), Wed 27 (2), Thu 28 (3), Fri 29 (4), Sat -, Sun -, Mon 1 Jun (5)
        "2026-05-22 | 5 | 2026-06-01",
        // Mon 31 Aug -, Tue 1 Sep (1), Wed 2 (2), Thu 3 (3), Fri 4 (4), Sat -, Sun -, Mon 7 (5)
        "2026-08-28 | 5 | 2026-09-07",
    })
    void firstContactIsDueFiveWorkingDaysAfterAllocation(LocalDate allocatedOn, int days, LocalDate due) {
        assertEquals(due, ENGLAND_AND_WALES.addWorkingDays(allocatedOn, days));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-20 | 1 | 2026-11-23 | Friday: Sat and Sun skipped",
        "2026-11-21 | 1 | 2026-11-23 | from a Saturday: the Monday",
        "2026-11-22 | 5 | 2026-11-27 | from a Sunday: Mon 23 .. Fri 27",
        "2026-11-20 | 0 | 2026-11-20 | no days: the start itself",
        "2026-04-02 | 1 | 2026-04-07 | Good Friday and Easter Monday skipped",
        "2026-05-01 | 1 | 2026-05-05 | early May bank holiday skipped",
        "2026-12-31 | 1 | 2027-01-04 | New Year's Day and a weekend skipped, across the year end",
        "2027-12-24 | 1 | 2027-12-29 | weekend and both substitute days skipped",
        "2023-05-05 | 1 | 2023-05-09 | coronation Monday skipped",
    })
    void countingStartsTheDayAfterAndSkipsNonWorkingDays(LocalDate start, int days, LocalDate expected, String why) {
        assertEquals(expected, ENGLAND_AND_WALES.addWorkingDays(start, days), why);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-20 | 2026-11-20 | 0 | the same day",
        "2026-11-20 | 2026-11-19 | 0 | an earlier day",
        "2026-11-20 | 2026-11-27 | 5 | Friday to Friday",
        "2026-12-21 | 2026-12-31 | 6 | Christmas Day and Boxing Day substitute not counted",
        "2026-03-31 | 2026-04-09 | 5 | Good Friday and Easter Monday not counted",
    })
    void workingDaysTakenCountsWhatAddingWouldCount(LocalDate start, LocalDate end, int expected, String why) {
        assertEquals(expected, ENGLAND_AND_WALES.workingDaysBetween(start, end), why);
        if (expected > 0) {
            assertEquals(end, ENGLAND_AND_WALES.addWorkingDays(start, expected), why);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // without the import: Mon 12 (1) and Fri 16 (5); with it: Mon 12 -, Tue 13 (1) .. Fri 16 (4), Mon 19 (5)
        "2026-10-09 | 1 | 2026-10-12 | 2026-10-13",
        "2026-10-09 | 5 | 2026-10-16 | 2026-10-19",
        "2026-10-12 | 1 | 2026-10-13 | 2026-10-13", // starting on the holiday itself: the start is never counted
        "2026-10-05 | 5 | 2026-10-12 | 2026-10-13",
    })
    void anImportedOneOffHolidayIsSkipped(LocalDate start, int days, LocalDate withoutImport, LocalDate withImport) {
        assertEquals(withoutImport, ENGLAND_AND_WALES.addWorkingDays(start, days));
        assertEquals(withImport, WITH_ONE_OFF.addWorkingDays(start, days));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-10-12 | true  | false | the imported day",
        "2026-10-13 | true  | true  | the day after",
        "2026-10-10 | false | false | a Saturday stays a Saturday",
    })
    void importedHolidaysAddToTheCalendar(LocalDate day, boolean without, boolean with, String why) {
        assertEquals(without, ENGLAND_AND_WALES.isWorkingDay(day), why);
        assertEquals(with, WITH_ONE_OFF.isWorkingDay(day), why);
    }

    @Test
    void negativeDaysAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ENGLAND_AND_WALES.addWorkingDays(LocalDate.of(2026, 11, 20), -1));
    }

    @Test
    void aCalendarWithoutEnglandIsRefused() {
        HolidayManager germany = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));
        assertThrows(IllegalArgumentException.class, () -> new WorkingDays(germany));
    }
}
