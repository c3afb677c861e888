package org.teamaround.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.security.CurrentUser;

/** The one way a referral changes state: checks the move, writes the history row and the audit row together. */
@ApplicationScoped
public class ReferralTransitions {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Moves the referral, or answers 409 naming its state and the school's next steps. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Referral referral, ReferralState to, String reason) {
        ReferralState from = referral.state;
        from.checkMove(to, ReferralAction.allowedIn(from));
        referral.state = to;
        referral.updatedAt = clock.instant();
        Referral.flush();
        record(referral, from, reason);
        audit.record(AuditAction.TRANSITION, ReferralService.RECORD_TYPE, referral.id);
    }

    /** Writes a history row for the referral's current state (also used for its creation, from no state). */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Referral referral, ReferralState from, String reason) {
        ReferralHistoryEntry entry = new ReferralHistoryEntry();
        entry.id = UUID.randomUUID();
        entry.referralId = referral.id;
        entry.at = clock.instant();
        entry.fromState = from;
        entry.toState = referral.state;
        entry.byId = user.id();
        entry.byName = user.displayName();
        entry.reason = reason;
        entry.persist();
    }
}
