package org.teamaround.casework.plan;

/** Who carries out a plan action: the family, the school, the practitioner or a partner agency. */
public enum ActionOwner {
    FAMILY, SCHOOL, PRACTITIONER, PARTNER
}
