package org.teamaround.report;

/**
 * The records one or more figures are computed from: SQL selecting `referral_id`, `on_date` (the day the record
 * counts on) and `value` (a number or null). It may use the parameters `:from` and `:to` (the period: an event source
 * may read only the period, the report keeps only records on its days anyway), `:asOf` (the period's last day, or today when
 * that is earlier) and `:reviewWeeks`, and, when `snapshot`, the table `snapshot(on_date)` of the days the state is
 * read on (the last day of the period, or of each month). `onePerReferral`: the SQL gives each referral at most
 * one record, so its children are counted without the sort that `count(distinct)` costs. `daily`: the table
 * `report_day` holds, under this source's key, its records' number and values' sum per day, kept by triggers (V23), so
 * a service-wide count, sum or share over a period adds up days instead of reading records.
 */
record Source(String key, String sql, boolean snapshot, boolean onePerReferral, boolean daily) {

    static Source events(String key, String sql) {
        return new Source(key, sql, false, false, false);
    }

    /** Events of which each referral has at most one (its submission, its first decision, its case). */
    static Source oncePerReferral(String key, String sql) {
        return new Source(key, sql, false, true, false);
    }

    static Source snapshot(String key, String sql) {
        return new Source(key, sql, true, false, false);
    }

    /** The same source, its records also counted per day in `report_day` (a V23 trigger keeps its key). */
    Source keptDaily() {
        return new Source(key, sql, snapshot, onePerReferral, true);
    }
}
