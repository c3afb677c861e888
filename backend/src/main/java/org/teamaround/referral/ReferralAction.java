package org.teamaround.referral;

import java.util.ArrayList;
import java.util.List;

/** What the school (or the partner system that sent it) may do to a referral in its current state. */
public enum ReferralAction {
    EDIT, SUBMIT, WITHDRAW;

    static List<ReferralAction> allowedIn(ReferralState state) {
        List<ReferralAction> actions = new ArrayList<>();
        if (state.editable()) {
            actions.add(EDIT);
        }
        if (state.canMoveTo(ReferralState.SUBMITTED)) {
            actions.add(SUBMIT);
        }
        if (state.canMoveTo(ReferralState.WITHDRAWN)) {
            actions.add(WITHDRAW);
        }
        return actions;
    }
}
