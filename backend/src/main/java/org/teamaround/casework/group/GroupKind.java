package org.teamaround.casework.group;

/** Who a group is for: parents and carers, or children. */
public enum GroupKind {
    PARENT, CHILDREN
}
