package org.teamaround.triage;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.keycloak.KeycloakUsers;
import org.teamaround.common.error.Problems;
import org.teamaround.common.security.Roles;

/**
 * The partner agencies' people (Keycloak users with role partner) a panel or a case can invite; read at most once
 * a minute.
 */
@ApplicationScoped
public class PartnerDirectory {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @Schema(name = "Partner", description = "A partner agency's user who may attend a panel")
    public record Partner(@Schema(required = true, description = "The Keycloak user id") String id,
            @Schema(required = true) String username, @Schema(required = true) String name, String agency) {}

    private record Snapshot(Instant at, List<Partner> partners) {}

    @Inject
    Keycloak keycloak;

    @Inject
    Clock clock;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, List.of());

    public List<Partner> list() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (Duration.between(current.at(), now).compareTo(FRESH_FOR) >= 0) {
            current = new Snapshot(now, read());
            snapshot = current;
        }
        return current.partners();
    }

    public Optional<Partner> find(String userId) {
        return list().stream().filter(p -> p.id().equals(userId)).findFirst();
    }

    private List<Partner> read() {
        try {
            return keycloak.realm(realm).roles().get(Roles.PARTNER).getUserMembers(0, 1000).stream()
                    .map(PartnerDirectory::partner)
                    .sorted(Comparator.comparing(Partner::name).thenComparing(Partner::id))
                    .toList();
        } catch (WebApplicationException | ProcessingException e) {
            Log.warnf("Cannot read the partners from Keycloak: %s", e.getMessage());
            throw new ApiException(Problems.of(ProblemType.UNAVAILABLE,
                    "The partner directory (Keycloak) cannot be read at the moment. Please try again shortly."));
        }
    }

    private static Partner partner(UserRepresentation user) {
        return new Partner(user.getId(), user.getUsername(), KeycloakUsers.displayName(user),
                KeycloakUsers.attribute(user, "agency").orElse(null));
    }
}
