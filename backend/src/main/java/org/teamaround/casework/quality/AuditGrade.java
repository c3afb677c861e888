package org.teamaround.casework.quality;

/** The grade an auditor gives a case's practice, as Ofsted grades: outstanding to inadequate. */
public enum AuditGrade {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE
}
