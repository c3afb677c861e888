package org.teamaround.me;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.teamaround.common.security.Roles;
import org.teamaround.school.School;

/** Reads the caller from their access token, and their school's name from the service's own records. */
@ApplicationScoped
class MeService {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    @Transactional
    Me current() {
        String username = claim("preferred_username");
        String name = claim("name");
        String schoolUrn = claim("school_urn");
        String schoolName = School.findByUrn(schoolUrn).map(school -> school.name).orElse(null);
        return new Me(
                token.getSubject(),
                username,
                name != null ? name : username,
                Roles.ALL.stream().filter(identity::hasRole).toList(),
                schoolUrn,
                schoolName,
                claim("agency"),
                claim("area"));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }
}
