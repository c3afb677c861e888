package org.teamaround.casework.plan;

/** Where a plan action stands. */
public enum ActionStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED
}
