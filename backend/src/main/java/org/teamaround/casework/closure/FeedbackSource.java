package org.teamaround.casework.closure;

/** Whose feedback it is. */
public enum FeedbackSource {
    PARENT, CHILD, SCHOOL
}
