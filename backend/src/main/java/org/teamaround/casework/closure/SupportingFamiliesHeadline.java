package org.teamaround.casework.closure;

/** The ten headlines of the Supporting Families outcome framework. */
public enum SupportingFamiliesHeadline {
    GOOD_EDUCATION, EARLY_YEARS, MENTAL_AND_PHYSICAL_HEALTH, SUBSTANCE_USE, FAMILY_RELATIONSHIPS,
    SAFE_FROM_ABUSE_AND_EXPLOITATION, CRIME_PREVENTION, SAFE_FROM_DOMESTIC_ABUSE, SECURE_HOUSING, FINANCIAL_STABILITY
}
