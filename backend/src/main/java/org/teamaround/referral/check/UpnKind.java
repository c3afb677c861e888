package org.teamaround.referral.check;

/** What a Unique Pupil Number turned out to be: a permanent UPN, a temporary one, or not a UPN at all. */
public enum UpnKind {
    PERMANENT,
    TEMPORARY,
    INVALID
}
