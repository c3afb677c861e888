package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
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

    @Inject
    CaseGuests guests;

    /** The case as {@link #require} finds it, or 409 when it is closed: a closed case's record no longer changes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase requireOpen(UUID id) {
        SupportCase found = require(id);
        checkOpen(found);
        return found;
    }

    /** 409 when the case is closed: a closed case's record no longer changes. */
    public static void checkOpen(SupportCase found) {
        if (SupportCase.CLOSED.equals(found.state)) {
            throw ApiException.stateConflict(found.state, "The case is closed: its record no longer changes.",
                    java.util.List.of());
        }
    }

    /** What names a case in a list. */
    public record Summary(String reference, String childName, String practitionerName) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Summary summary(SupportCase supportCase) {
        Referral referral = Referral.findById(supportCase.referralId);
        Practitioner practitioner = Practitioner.findById(supportCase.practitionerId);
        return new Summary(referral.reference, referral.childName(), practitioner.name);
    }

    /**
     * The case as {@link #require} finds it, or for a partner the case they are invited to now (404 before and
     * after the invitation): what a partner may read, and nothing else.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase requireReadable(UUID id) {
        if (isGuest()) {
            SupportCase found = SupportCase.findById(id);
            if (found == null) {
                throw ApiException.notFound("case");
            }
            if (guests.invitationOfCaller(id).isEmpty()) {
                audit.denied(RECORD_TYPE, id);
                throw ApiException.notFound("case");
            }
            return found;
        }
        return require(id);
    }

    /** The caller reads cases only as an invited partner (no practitioner or senior role). */
    public boolean isGuest() {
        return user.hasRole(Roles.PARTNER) && !user.hasRole(Roles.PRACTITIONER) && !user.hasRole(Roles.SENIOR);
    }

    /** The case, or 404 (with a DENIED audit row when it exists but is not the caller's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase require(UUID id) {
        SupportCase found = SupportCase.findById(id);
        if (found == null) {
            throw ApiException.notFound("case");
        }
        if (!user.hasRole(Roles.SENIOR) && !found.practitionerId.equals(user.id())) {
            audit.denied(RECORD_TYPE, id);
            throw ApiException.notFound("case");
        }
        return found;
    }
}
