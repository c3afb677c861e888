package org.teamaround.allocation.rules;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.util.stream.Collectors.toUnmodifiableSet;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** England and Wales working days, so deadlines such as "first contact within 5 working days" skip weekends and bank holidays. */
public final class WorkingDays {

    /**
     * England in Jollyday's GB calendar (Wales, {@code wls}, has the same bank holidays). Not {@code en}: Jollyday
     * answers an unknown subdivision with the UK-wide days only, silently losing Easter Monday and the August holiday.
     */
    static final String ENGLAND = "eng";

    private final HolidayManager calendar;
    private final Set<LocalDate> imported;
    private final Map<Integer, Set<LocalDate>> bankHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDays(HolidayManager calendar) {
        this(calendar, Set.of());
    }

    /** {@code imported}: one-off holidays an admin imported (e.g. from gov.uk) that the library does not know yet. */
    public WorkingDays(HolidayManager calendar, Set<LocalDate> imported) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (!calendar.getCalendarHierarchy().getChildren().containsKey(ENGLAND)) {
            throw new IllegalArgumentException("The holiday calendar has no England subdivision: use the UK calendar");
        }
        this.imported = Set.copyOf(imported);
    }

    /** Jollyday's bundled UK calendar, England and Wales, plus the imported one-off holidays. */
    public static WorkingDays englandAndWales(Set<LocalDate> imported) {
        return new WorkingDays(HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM)),
                imported);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != SATURDAY && weekday != SUNDAY
                && !imported.contains(day)
                && !bankHolidays(day.getYear()).contains(day);
    }

    /** The day {@code days} working days after {@code start}; start itself never counts, so 0 days gives start back. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code start} up to and including {@code end}: 0 for the same day or an earlier end. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        int counted = 0;
        for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return counted;
    }

    // Holiday.getDate() is the day off as observed: a substitute Monday or Tuesday, never the weekend date itself.
    private Set<LocalDate> bankHolidays(int year) {
        return bankHolidaysByYear.computeIfAbsent(year, y -> calendar.getHolidays(Year.of(y), ENGLAND).stream()
                .map(Holiday::getDate)
                .collect(toUnmodifiableSet()));
    }
}
