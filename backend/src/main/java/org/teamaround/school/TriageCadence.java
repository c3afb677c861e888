package org.teamaround.school;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/** When an area's panel meets: every N weeks on a weekday, in the series that includes a given day. */
record TriageCadence(int everyWeeks, Weekday weekday, LocalDate startsOn) {

    TriageCadence {
        if (everyWeeks < 1) {
            throw new IllegalArgumentException("everyWeeks must be at least 1: " + everyWeeks);
        }
        if (startsOn.getDayOfWeek() != weekday.dayOfWeek()) {
            throw new IllegalArgumentException(startsOn + " is not a " + weekday);
        }
    }

    /** The first `weekday` on or after `day`: where a series starts when no start day is given. */
    static LocalDate firstOnOrAfter(LocalDate day, Weekday weekday) {
        return day.with(TemporalAdjusters.nextOrSame(weekday.dayOfWeek()));
    }

    /** The next `count` meeting days on or after `from` (a meeting today is still to come). */
    List<LocalDate> next(LocalDate from, int count) {
        long period = 7L * everyWeeks;
        long behind = Math.max(0, ChronoUnit.DAYS.between(startsOn, from));
        LocalDate first = startsOn.plusDays(Math.floorDiv(behind + period - 1, period) * period);
        return Stream.iterate(first, day -> day.plusDays(period)).limit(count).toList();
    }
}
