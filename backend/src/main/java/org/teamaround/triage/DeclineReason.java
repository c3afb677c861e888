package org.teamaround.triage;

/** Why a panel declined a referral, from the service's list. */
public enum DeclineReason {
    NOT_ELIGIBLE_AGE, KNOWN_TO_SOCIAL_CARE, KNOWN_TO_EARLY_HELP, NEEDS_NOT_SEMH, NEEDS_MET_BY_SCHOOL, OTHER
}
