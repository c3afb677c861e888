package org.teamaround.school;

import java.time.DayOfWeek;

/** The days a triage panel may meet: the working week. */
public enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY;

    /** "Friday". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }

    public DayOfWeek dayOfWeek() {
        return DayOfWeek.valueOf(name());
    }
}
