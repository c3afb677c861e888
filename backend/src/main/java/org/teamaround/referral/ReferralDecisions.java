package org.teamaround.referral;

import java.util.Optional;
import java.util.UUID;

/** The panel's latest decision on a referral, as the school may see it; triage provides it. */
public interface ReferralDecisions {

    Optional<ReferralView.Decision> latest(UUID referralId);
}
