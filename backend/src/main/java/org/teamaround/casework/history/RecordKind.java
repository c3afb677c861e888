package org.teamaround.casework.history;

/** The case records whose every saved version is kept. */
public enum RecordKind {
    ASSESSMENT, PLAN
}
