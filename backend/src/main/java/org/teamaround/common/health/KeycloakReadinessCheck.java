package org.teamaround.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak answers its discovery document: without it no caller can be authenticated. */
@Readiness
@ApplicationScoped
class KeycloakReadinessCheck implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final URI discovery;

    KeycloakReadinessCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl) {
        this.discovery = URI.create(realmUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Keycloak").withData("discovery", discovery.toString());
        try {
            HttpRequest request = HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return response.withData("status", status).status(status == 200).build();
        } catch (java.io.IOException e) {
            return response.withData("error", e.getClass().getSimpleName()).down().build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.withData("error", "interrupted").down().build();
        }
    }
}
