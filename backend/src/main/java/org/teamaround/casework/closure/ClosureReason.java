package org.teamaround.casework.closure;

/** Why a case closed. The first three follow a review that ended the support; the others may come at any time. */
public enum ClosureReason {
    OUTCOMES_ACHIEVED, STEPPED_DOWN, STEPPED_UP, DISENGAGED, MOVED_AWAY, OTHER;

    boolean needsEndingReview() {
        return this == OUTCOMES_ACHIEVED || this == STEPPED_DOWN || this == STEPPED_UP;
    }
}
