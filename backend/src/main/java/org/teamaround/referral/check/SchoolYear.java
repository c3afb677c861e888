package org.teamaround.referral.check;

import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Objects;

/** England's school years, so a referral can show which year group a child should be in and flag a mismatch. */
public final class SchoolYear {

    private static final int RECEPTION_AFTER_YEARS = 5;

    private SchoolYear() {
    }

    /**
     * The year group (Reception = 0, Year 1 = 1, …) of a child born in the academic year starting 1 September Y, who
     * starts Reception in September Y+5; negative for a child not yet of Reception age.
     */
    public static int expectedYearGroup(LocalDate dateOfBirth, LocalDate today) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(today, "today");
        return academicYearStart(today) - academicYearStart(dateOfBirth) - RECEPTION_AFTER_YEARS;
    }

    /** Age in whole years on a day; a child born on 29 February turns a year older on 1 March in a common year. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(day, "day");
        return Period.between(dateOfBirth, day).getYears();
    }

    /** The calendar year in which the academic year containing this day began (it begins on 1 September). */
    static int academicYearStart(LocalDate day) {
        return day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1;
    }
}
