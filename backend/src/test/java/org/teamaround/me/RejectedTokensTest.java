package org.teamaround.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** Tokens the backend must refuse with 401 problem+json: none, garbage, another issuer's, expired. */
@QuarkusTest
class RejectedTokensTest {

    private static final String FOREIGN_REALM = "elsewhere";
    private static final String EXPIRY_PROBE = "expiry-probe";

    @Test
    void noTokenIsUnauthorized() {
        given().when().get("/api/v1/me").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401))
                .body("title", equalTo("Sign-in is required"));
    }

    @Test
    void malformedTokenIsUnauthorized() {
        given().auth().oauth2("not-a-jwt").when().get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        KeycloakTokens.ensureRealm(FOREIGN_REALM,
                List.of(Map.of("clientId", "cli", "publicClient", true, "directAccessGrantsEnabled", true)),
                List.of(Map.of("username", "senco1", "enabled", true, "firstName", "Sarah", "lastName", "Cole",
                        "email", "senco1@elsewhere.example", "emailVerified", true,
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false)))));
        String foreign = KeycloakTokens.passwordGrant(
                KeycloakTokens.keycloakUrl() + "/realms/" + FOREIGN_REALM, "cli", "senco1", "demo");

        given().auth().oauth2(foreign).when().get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsUnauthorized() throws InterruptedException {
        ensureShortLivedClient();
        String token = KeycloakTokens.passwordGrant(KeycloakTokens.realmUrl(), EXPIRY_PROBE, "senco1", "demo");

        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        long expiresAt = payloadNumber(token, "exp");
        long wait = expiresAt * 1000 - System.currentTimeMillis() + 1500;
        assertTrue(wait < 10_000, "the probe token should live a few seconds");
        Thread.sleep(Math.max(wait, 0));
        assertTrue(Instant.now().getEpochSecond() > expiresAt);

        given().auth().oauth2(token).when().get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    /** A client in our realm whose access tokens live 3 seconds, with the backend's audience. */
    private static void ensureShortLivedClient() {
        String admin = KeycloakTokens.forKeycloakAdmin();
        String clients = KeycloakTokens.keycloakUrl() + "/admin/realms/teamaround/clients";
        List<?> found = given().auth().oauth2(admin).queryParam("clientId", EXPIRY_PROBE)
                .get(clients).then().statusCode(200).extract().as(List.class);
        if (!found.isEmpty()) {
            return;
        }
        Map<String, Object> audience = Map.of("name", "backend-audience", "protocol", "openid-connect",
                "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", "teamaround-backend", "access.token.claim", "true"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", EXPIRY_PROBE, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "3"),
                        "protocolMappers", List.of(audience)))
                .when().post(clients).then().statusCode(201);
    }

    private static long payloadNumber(String jwt, String claim) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        var matcher = java.util.regex.Pattern.compile("\"" + claim + "\"\\s*:\\s*(\\d+)").matcher(payload);
        assertTrue(matcher.find(), "claim " + claim + " in token");
        return Long.parseLong(matcher.group(1));
    }
}
