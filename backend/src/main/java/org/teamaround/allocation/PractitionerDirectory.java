package org.teamaround.allocation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.keycloak.KeycloakUsers;
import org.teamaround.common.error.Problems;
import org.teamaround.common.security.Roles;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.teamaround.school.Area;

/**
 * Keeps the practitioner table in step with Keycloak's users with role practitioner: new ones are added with the
 * default capacity and their `area` attribute; names follow Keycloak. Read at most once a minute (a cache, not state).
 */
@ApplicationScoped
class PractitionerDirectory {

    static final int DEFAULT_CAPACITY = 12;
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @Inject
    Keycloak keycloak;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    private final AtomicReference<Instant> lastSync = new AtomicReference<>(Instant.EPOCH);

    @Transactional(Transactional.TxType.MANDATORY)
    void refreshIfStale() {
        Instant now = clock.instant();
        if (Duration.between(lastSync.get(), now).compareTo(FRESH_FOR) < 0) {
            return;
        }
        List<UserRepresentation> users;
        try {
            users = keycloak.realm(realm).roles().get(Roles.PRACTITIONER).getUserMembers(0, 1000);
        } catch (WebApplicationException | ProcessingException e) {
            Log.warnf("Cannot read the practitioners from Keycloak: %s", e.getMessage());
            throw new ApiException(Problems.of(ProblemType.UNAVAILABLE,
                    "The practitioner directory (Keycloak) cannot be read at the moment. Please try again shortly."));
        }
        users.forEach(this::upsert);
        lastSync.set(now);
        Log.debugf("Synchronised %d practitioners from Keycloak", users.size());
    }

    private void upsert(UserRepresentation user) {
        Practitioner practitioner = Practitioner.findById(user.getId());
        if (practitioner == null) {
            practitioner = new Practitioner();
            practitioner.id = user.getId();
            practitioner.capacity = DEFAULT_CAPACITY;
            practitioner.area = KeycloakUsers.attribute(user, "area").map(PractitionerDirectory::area).orElse(null);
        }
        practitioner.username = user.getUsername();
        practitioner.name = KeycloakUsers.displayName(user);
        practitioner.persist();
    }

    private static Area area(String name) {
        return Area.<Area>find("name", name).firstResult();
    }
}
