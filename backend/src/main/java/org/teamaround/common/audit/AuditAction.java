package org.teamaround.common.audit;

/** What was done to a record: the audit trail's verbs. */
public enum AuditAction {
    READ, LIST, CREATE, UPDATE, TRANSITION, EXPORT, DENIED, ERASE, SIGN_IN
}
