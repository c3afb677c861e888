package org.teamaround.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of this request as the service's rules need them: id, name, roles and organisation. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    /** The Keycloak subject: a user's id, or a service account's. */
    public String id() {
        return token.getSubject();
    }

    public String username() {
        return claim("preferred_username");
    }

    public String displayName() {
        String name = claim("name");
        return name != null ? name : username();
    }

    /** The client the token was issued to (`azp`): the SPA, the CLI or a partner system. */
    public String clientId() {
        return claim("azp");
    }

    public String schoolUrn() {
        return claim("school_urn");
    }

    public String agency() {
        return claim("agency");
    }

    public String area() {
        return claim("area");
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's TeamAround roles, in the service's order. */
    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }
}
