package org.teamaround.allocation.rules;

import java.util.Optional;

/**
 * Havering's capacity rule: a practitioner with open cases up to their capacity takes no more, unless a senior gives
 * a reason to go beyond it. Says what is wrong, or nothing when the allocation may go ahead.
 */
public final class Capacity {

    private Capacity() {}

    /** The refusal for allocating one more case, if any; a blank reason is no reason. */
    public static Optional<String> refusal(String practitionerName, long caseload, int capacity, String overrideReason) {
        boolean reasonGiven = overrideReason != null && !overrideReason.isBlank();
        if (!atCapacity(caseload, capacity) || reasonGiven) {
            return Optional.empty();
        }
        return Optional.of("is required: " + practitionerName + " is at capacity (" + caseload + " of " + capacity
                + " cases)");
    }

    public static boolean atCapacity(long caseload, int capacity) {
        return caseload >= capacity;
    }
}
