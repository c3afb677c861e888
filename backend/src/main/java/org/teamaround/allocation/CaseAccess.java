package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;
import org.teamaround.referral.Referral;

/** Finds a case for the case work on it: a senior may work on any, a practitioner on their own; others get 404. */
@ApplicationScoped
public class CaseAccess {

    public static final String RECORD_TYPE = "CASE";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** The case as {@link #require} finds it, or 409 when it is closed: a closed case's record no longer changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase requireOpen(UUID id) {
        SupportCase found = require(id);
        if (SupportCase.CLOSED.equals(found.state)) {
            throw ApiException.stateConflict(found.state, "The case is closed: its record no longer changes.",
                    java.util.List.of());
        }
        return found;
    }

    /** What names a case in a list. */
    public record Summary(String reference, String childName, String practitionerName) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Summary summary(SupportCase supportCase) {
        Referral referral = Referral.findById(supportCase.referralId);
        Practitioner practitioner = Practitioner.findById(supportCase.practitionerId);
        return new Summary(referral.reference, referral.childName(), practitioner.name);
    }

    /** The case, or 404 (with a DENIED audit row when it exists but is not the caller's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase require(UUID id) {
        SupportCase found = SupportCase.findById(id);
        if (found == null) {
            throw ApiException.notFound("case");
        }
        if (!user.hasRole(Roles.SENIOR) && !found.practitionerId.equals(user.id())) {
            audit.record(AuditAction.DENIED, RECORD_TYPE, id);
            throw ApiException.notFound("case");
        }
        return found;
    }
}
