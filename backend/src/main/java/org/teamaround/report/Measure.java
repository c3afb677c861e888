package org.teamaround.report;

import org.teamaround.report.ReportRecords.Unit;

/** One figure of a report: what it is called and how it is computed from its source's records. */
record Measure(String key, String label, Unit unit, String description, Source source, Aggregate aggregate,
        Attribute attribute, String ratioOf, String ratioTo) {

    /** How a figure is made from its source's records in a group. */
    enum Aggregate {
        /** The records (children) counted. */
        COUNT,
        /** The sum of the records' values. */
        SUM,
        /** The share of records whose value is 1, as a percentage. */
        PERCENT,
        MEAN,
        MEDIAN,
        P90,
        MAX,
        /** A property of the group itself (a practitioner's capacity, a school's vulnerability). */
        ATTRIBUTE,
        /** `ratioOf` as a percentage of `ratioTo`, two other figures of the report. */
        RATIO
    }

    /** The properties of a group a figure may show. */
    enum Attribute { CAPACITY, CORE_OFFER, VULNERABILITY }

    static Measure of(String key, String label, Unit unit, String description, Source source, Aggregate aggregate) {
        return new Measure(key, label, unit, description, source, aggregate, null, null, null);
    }

    static Measure attribute(String key, String label, Unit unit, String description, Attribute attribute) {
        return new Measure(key, label, unit, description, null, Aggregate.ATTRIBUTE, attribute, null, null);
    }

    static Measure ratio(String key, String label, String description, String of, String to) {
        return new Measure(key, label, Unit.PERCENT, description, null, Aggregate.RATIO, null, of, to);
    }

    /** The measure whose records a drill-down of this figure lists, or null when it counts none. */
    String recordsMeasure() {
        return switch (aggregate) {
            case ATTRIBUTE -> null;
            case RATIO -> ratioOf;
            default -> key;
        };
    }
}
