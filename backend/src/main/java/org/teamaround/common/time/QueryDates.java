package org.teamaround.common.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.teamaround.common.error.ApiException;

/** Days given as query parameters (`from=2025-09-01`): a clear 400 naming the parameter when one is not a date. */
public final class QueryDates {

    private QueryDates() {}

    /** The day, or null when the parameter is absent; a day PostgreSQL cannot hold (years 1-9999) is refused too. */
    public static LocalDate parse(String parameter, String value) {
        try {
            LocalDate day = value == null ? null : LocalDate.parse(value);
            if (day != null && (day.getYear() < 1 || day.getYear() > 9999)) {
                throw ApiException.invalid(parameter, "must be a day of the years 1-9999");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(parameter, "must be a date (YYYY-MM-DD)");
        }
    }
}
