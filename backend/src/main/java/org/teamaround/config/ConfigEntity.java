package org.teamaround.config;

/** The kinds of configuration record whose changes the service keeps: what `config_change.entity` names. */
public enum ConfigEntity {
    SCHOOL, AREA, ELIGIBILITY_RULE, PRACTITIONER
}
