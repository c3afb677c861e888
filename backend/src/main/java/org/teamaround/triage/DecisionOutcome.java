package org.teamaround.triage;

import org.teamaround.referral.ReferralState;

/** The panel's possible decisions, each with the state it moves the referral to. */
public enum DecisionOutcome {
    ACCEPT(ReferralState.ACCEPTED),
    SIGNPOST(ReferralState.SIGNPOSTED),
    DECLINE(ReferralState.DECLINED),
    REQUEST_INFO(ReferralState.INFO_REQUESTED),
    ESCALATE(ReferralState.ESCALATED),
    DEFER(ReferralState.DEFERRED);

    final ReferralState next;

    DecisionOutcome(ReferralState next) {
        this.next = next;
    }
}
