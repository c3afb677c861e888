package org.teamaround.report;

/**
 * The records one or more figures are computed from: SQL selecting `referral_id`, `on_date` (the day the record
 * counts on) and `value` (a number or null). It may use the parameters `:asOf` (the period's last day, or today when
 * that is earlier) and `:reviewWeeks`, and, when `snapshot`, the table `snapshot(on_date)` of the days the state is
 * read on (the last day of the period, or of each month).
 */
record Source(String key, String sql, boolean snapshot) {

    static Source events(String key, String sql) {
        return new Source(key, sql, false);
    }

    static Source snapshot(String key, String sql) {
        return new Source(key, sql, true);
    }
}
