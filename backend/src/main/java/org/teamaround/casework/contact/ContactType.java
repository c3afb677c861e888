package org.teamaround.casework.contact;

/** How the practitioner was in touch with the family. */
public enum ContactType {
    HOME_VISIT, SCHOOL_VISIT, CALL, MEETING, OTHER
}
