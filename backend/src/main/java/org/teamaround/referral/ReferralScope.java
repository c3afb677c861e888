package org.teamaround.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;

/**
 * Which referrals the caller may see and change: a referrer their own school's, a partner system those it
 * sent, a senior every one. Anything else looks as if it did not exist (404).
 */
@RequestScoped
class ReferralScope {

    @Inject
    CurrentUser user;

    boolean canSee(Referral referral) {
        return user.hasRole(Roles.SENIOR) || canChange(referral);
    }

    boolean canChange(Referral referral) {
        return (user.hasRole(Roles.REFERRER) && referral.schoolUrn.equals(user.schoolUrn()))
                || (user.hasRole(Roles.PARTNER_API) && referral.createdByClient.equals(user.clientId()));
    }

    /** Seniors follow a referral into case work; everyone else sees it stop at ACCEPTED. */
    boolean seesCaseWork() {
        return user.hasRole(Roles.SENIOR);
    }

    /** The state as the caller is told it. */
    ReferralState shown(ReferralState state) {
        return state.isCaseWork() && !seesCaseWork() ? ReferralState.ACCEPTED : state;
    }

    /** The JPQL condition on alias `r` that limits a list to what the caller may see, and its parameters. */
    Condition condition() {
        if (user.hasRole(Roles.SENIOR)) {
            return new Condition("1 = 1", Map.of());
        }
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new java.util.HashMap<>();
        if (user.hasRole(Roles.REFERRER) && user.schoolUrn() != null) {
            parts.add("r.schoolUrn = :scopeSchool");
            params.put("scopeSchool", user.schoolUrn());
        }
        if (user.hasRole(Roles.PARTNER_API) && user.clientId() != null) {
            parts.add("r.createdByClient = :scopeClient");
            params.put("scopeClient", user.clientId());
        }
        return parts.isEmpty() ? new Condition("1 = 0", Map.of()) : new Condition("(" + String.join(" or ", parts) + ")", params);
    }

    record Condition(String jpql, Map<String, Object> params) {}
}
