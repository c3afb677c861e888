package org.teamaround.casework.review;

/** What a Team Around the Family review decides for the case. */
public enum ReviewDecision {
    CONTINUE, EXTEND, STEP_UP, STEP_DOWN, CLOSE;

    /** Continuing (extended or not) brings another review; the others end the support. */
    boolean continues() {
        return this == CONTINUE || this == EXTEND;
    }
}
