package org.teamaround.school;

import java.util.Arrays;
import java.util.Optional;

/** A school's phase of education, as the school table's check constraint lists them. */
public enum SchoolPhase {
    PRIMARY, MIDDLE, SECONDARY, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION;

    /** The phase a spreadsheet cell names, forgiving case, spaces and hyphens ("All-through" is ALL_THROUGH). */
    static Optional<SchoolPhase> parse(String text) {
        String name = text.trim().toUpperCase().replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(phase -> phase.name().equals(name)).findFirst();
    }
}
