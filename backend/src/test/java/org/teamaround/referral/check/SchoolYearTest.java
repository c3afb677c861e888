package org.teamaround.referral.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * England's school years. Year group = start year of today's academic year − start year of the birth academic year − 5,
 * each academic year starting on 1 September; every row was computed by hand and rechecked with a separate script.
 */
class SchoolYearTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // born 14 Mar 2017 → birth year 2016/17 → Reception 2021/22 → Y4 2025/26 → Y5 2026/27: 2026 − 2016 − 5 = 5
        "2017-03-14 | 2026-11-24 | 5",
        "2017-03-14 | 2026-08-31 | 4",  // still 2025/26: 2025 − 2016 − 5
        "2016-09-01 | 2025-11-24 | 4",  // 1 Sep 2016 opens the 2016/17 birth year: 2025 − 2016 − 5
        "2017-08-31 | 2025-11-24 | 4",  // 31 Aug 2017 closes the same birth year
        "2008-12-25 | 2025-06-30 | 11", // 2024 − 2008 − 5
        "2020-02-29 | 2026-01-05 | 1",  // 2025 − 2019 − 5
        "2022-01-10 | 2025-10-01 | -1", // 2025 − 2021 − 5: a year before Reception
    })
    void yearGroupFollowsTheAcademicYearOfBirth(LocalDate dateOfBirth, LocalDate today, int yearGroup) {
        assertEquals(yearGroup, SchoolYear.expectedYearGroup(dateOfBirth, today));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // same start of term, born one day apart across 1 September: 2021 − 2016 − 5 = 0 and 2021 − 2015 − 5 = 1
        "2016-09-01 | 2016-08-31 | 2021-09-01 | 0 | 1",
        "2019-09-01 | 2019-08-31 | 2025-10-01 | 1 | 2", // 2025 − 2019 − 5 and 2025 − 2018 − 5
    })
    void childBornOn31AugustIsAYearAheadOfOneBornOn1September(
            LocalDate bornFirstSeptember, LocalDate bornThirtyFirstAugust, LocalDate today, int younger, int older) {
        assertEquals(younger, SchoolYear.expectedYearGroup(bornFirstSeptember, today));
        assertEquals(older, SchoolYear.expectedYearGroup(bornThirtyFirstAugust, today));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // born 20 May 2019 → birth year 2018/19: 2024 − 2018 − 5 = 1 on 31 Aug, 2025 − 2018 − 5 = 2 on 1 Sep
        "2019-05-20 | 2025-08-31 | 1 | 2025-09-01 | 2",
        "2016-09-01 | 2021-08-31 | -1 | 2021-09-01 | 0",
    })
    void yearGroupGoesUpByOneOnFirstSeptember(
            LocalDate dateOfBirth, LocalDate lastDay, int before, LocalDate firstDay, int after) {
        assertEquals(before, SchoolYear.expectedYearGroup(dateOfBirth, lastDay));
        assertEquals(after, SchoolYear.expectedYearGroup(dateOfBirth, firstDay));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-03-14 | 2026-11-24 | 9",
        "2017-03-14 | 2027-03-13 | 9",  // day before the birthday
        "2017-03-14 | 2027-03-14 | 10", // on the birthday
        "2010-12-31 | 2010-12-31 | 0",
        "2010-12-31 | 2011-01-01 | 0",
        "2016-02-29 | 2017-02-28 | 0",  // leap-day child turns 1 on 1 March in a common year
        "2016-02-29 | 2017-03-01 | 1",
        "2016-02-29 | 2020-02-28 | 3",
        "2016-02-29 | 2020-02-29 | 4",
    })
    void ageCountsWholeYearsFromTheBirthday(LocalDate dateOfBirth, LocalDate day, int age) {
        assertEquals(age, SchoolYear.ageOn(dateOfBirth, day));
    }
}
