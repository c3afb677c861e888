package org.teamaround.allocation.rules;

import java.time.LocalDate;
import java.time.Month;

/** England's school year runs from 1 September to 31 August; the core offer ("one allocation per school") counts per school year. */
public final class SchoolYears {

    private SchoolYears() {
    }

    /** 1 September of the school year containing {@code day}: before 1 September, that is the previous year's. */
    public static LocalDate start(LocalDate day) {
        int year = day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    public static boolean inSameSchoolYear(LocalDate a, LocalDate b) {
        return start(a).equals(start(b));
    }
}
