package org.teamaround.referral;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamaround.common.error.ApiException;

/** The states of a referral and the one place that knows which moves between them are allowed. */
public enum ReferralState {
    DRAFT, SUBMITTED, INFO_REQUESTED, DEFERRED, ACCEPTED, SIGNPOSTED, DECLINED, ESCALATED, WITHDRAWN,
    ALLOCATED, ACTIVE, CLOSED;

    private static final Map<ReferralState, Set<ReferralState>> MOVES = Map.ofEntries(
            Map.entry(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(SUBMITTED, EnumSet.of(ACCEPTED, SIGNPOSTED, DECLINED, INFO_REQUESTED, ESCALATED, DEFERRED, WITHDRAWN)),
            Map.entry(DEFERRED, EnumSet.of(ACCEPTED, SIGNPOSTED, DECLINED, INFO_REQUESTED, ESCALATED, DEFERRED, WITHDRAWN)),
            Map.entry(INFO_REQUESTED, EnumSet.of(SUBMITTED, WITHDRAWN)),
            Map.entry(ACCEPTED, EnumSet.of(ALLOCATED)),
            Map.entry(ALLOCATED, EnumSet.of(ACTIVE, CLOSED)),
            Map.entry(ACTIVE, EnumSet.of(CLOSED)),
            Map.entry(SIGNPOSTED, EnumSet.noneOf(ReferralState.class)),
            Map.entry(DECLINED, EnumSet.noneOf(ReferralState.class)),
            Map.entry(ESCALATED, EnumSet.noneOf(ReferralState.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(ReferralState.class)),
            Map.entry(CLOSED, EnumSet.of(ALLOCATED, ACTIVE)));   // a senior reopens the case

    /** The states that are the service's case work: a school (or the partner system that referred) sees ACCEPTED. */
    public boolean isCaseWork() {
        return this == ALLOCATED || this == ACTIVE;
    }

    /** A school may still change what it sent: while drafting, and when the panel asked for more. */
    public boolean editable() {
        return this == DRAFT || this == INFO_REQUESTED;
    }

    public boolean canMoveTo(ReferralState next) {
        return MOVES.get(this).contains(next);
    }

    /** Checks a move, answering 409 with the current state and what may be done instead. */
    public void checkMove(ReferralState next, List<ReferralAction> allowedActions) {
        if (!canMoveTo(next)) {
            throw ApiException.stateConflict(name(), "A referral in state " + this + " cannot become " + next + ".",
                    allowedActions.stream().map(Enum::name).toList());
        }
    }
}
