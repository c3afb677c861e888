package org.teamaround.common.keycloak;

import java.util.List;
import java.util.Optional;
import org.keycloak.representations.idm.UserRepresentation;

/** What the service reads from a Keycloak user: a name to show people, and single-valued attributes. */
public final class KeycloakUsers {

    private KeycloakUsers() {}

    /** "First Last", or the username when Keycloak has no name. */
    public static String displayName(UserRepresentation user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getUsername() : name;
    }

    public static Optional<String> attribute(UserRepresentation user, String name) {
        List<String> values = user.getAttributes() == null ? null : user.getAttributes().get(name);
        return values == null ? Optional.empty() : values.stream().findFirst();
    }
}
