package org.teamaround.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** Real access tokens from the test Keycloak, so suites call the API exactly as the SPA and partner systems do. */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo";
    public static final String CLI_CLIENT = "teamaround-cli";
    public static final String PARTNER_SYSTEM = "partner-system";
    public static final String PARTNER_SYSTEM_SECRET = "partner-system-demo-secret";

    private KeycloakTokens() {}

    /** The realm URL the backend trusts, e.g. http://localhost:8181/realms/teamaround. */
    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** Keycloak's base URL, e.g. http://localhost:8181. */
    public static String keycloakUrl() {
        String realm = realmUrl();
        return realm.substring(0, realm.indexOf("/realms/"));
    }

    private static final long REUSE_MILLIS = 120_000;
    private static final Map<String, Map.Entry<Long, String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** A demo user's access token, signed in through the CLI client with the password grant (reused for 2 minutes). */
    public static String forUser(String username) {
        long now = System.currentTimeMillis();
        Map.Entry<Long, String> cached = CACHE.get(username);
        if (cached != null && now - cached.getKey() < REUSE_MILLIS) {
            return cached.getValue();
        }
        String token = passwordGrant(realmUrl(), CLI_CLIENT, username, DEMO_PASSWORD);
        CACHE.put(username, Map.entry(now, token));
        return token;
    }

    /** The partner system's access token from its service account. */
    public static String forPartnerSystem() {
        return token(realmUrl(), Map.of("grant_type", "client_credentials",
                "client_id", PARTNER_SYSTEM, "client_secret", PARTNER_SYSTEM_SECRET));
    }

    /** The demo school MIS's access token: a second partner system, with a rate limit of its own. */
    public static String forSchoolMis() {
        return token(realmUrl(), Map.of("grant_type", "client_credentials",
                "client_id", "school-mis", "client_secret", "school-mis-demo-secret"));
    }

    /** The master realm administrator's token, for tests that set up Keycloak itself. */
    public static String forKeycloakAdmin() {
        return passwordGrant(keycloakUrl() + "/realms/master", "admin-cli", "admin", "admin");
    }

    public static String passwordGrant(String realmUrl, String clientId, String username, String password) {
        return token(realmUrl, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password));
    }

    private static String token(String realmUrl, Map<String, String> form) {
        return given().contentType(ContentType.URLENC).formParams(form)
                .when().post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static final String FOREIGN_REALM = "elsewhere";
    private static final String EXPIRY_PROBE = "expiry-probe";
    private static final String OTHER_AUDIENCE_PROBE = "other-audience-probe";

    /** A token for senco1 from another realm of the same Keycloak: right signature format, wrong issuer. */
    public static String fromForeignIssuer() {
        ensureRealm(FOREIGN_REALM,
                List.of(Map.of("clientId", "cli", "publicClient", true, "directAccessGrantsEnabled", true)),
                List.of(Map.of("username", "senco1", "enabled", true, "firstName", "Sarah", "lastName", "Cole",
                        "email", "senco1@elsewhere.example", "emailVerified", true,
                        "credentials", List.of(Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false)))));
        return passwordGrant(keycloakUrl() + "/realms/" + FOREIGN_REALM, "cli", "senco1", DEMO_PASSWORD);
    }

    /** A token for senco1 from a client of our realm whose access tokens live 3 seconds (still valid when made). */
    public static String shortLived() {
        ensureClient(EXPIRY_PROBE, Map.of("access.token.lifespan", "3"), List.of(Map.of(
                "name", "backend-audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.client.audience", "teamaround-backend", "access.token.claim", "true"))));
        return passwordGrant(realmUrl(), EXPIRY_PROBE, "senco1", DEMO_PASSWORD);
    }

    /** The token's expiry ({@code exp}), seconds since the epoch. */
    public static long expiry(String jwt) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        var matcher = java.util.regex.Pattern.compile("\"exp\"\\s*:\\s*(\\d+)").matcher(payload);
        if (!matcher.find()) {
            throw new IllegalStateException("no exp claim in the token");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A token for senco1 from our realm and a valid signature, but for another audience than the backend. */
    public static String forOtherAudience() {
        ensureClient(OTHER_AUDIENCE_PROBE, Map.of(), List.of());
        return passwordGrant(realmUrl(), OTHER_AUDIENCE_PROBE, "senco1", DEMO_PASSWORD);
    }

    /** A public client with the password grant in our realm, created through the admin API unless it exists. */
    private static void ensureClient(String clientId, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        String admin = forKeycloakAdmin();
        String clients = keycloakUrl() + "/admin/realms/teamaround/clients";
        List<?> found = given().auth().oauth2(admin).queryParam("clientId", clientId)
                .get(clients).then().statusCode(200).extract().as(List.class);
        if (!found.isEmpty()) {
            return;
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", attributes, "protocolMappers", mappers))
                .when().post(clients).then().statusCode(201);
    }

    /** Creates a realm through the admin API unless it exists; used for the foreign-issuer tests. */
    private static void ensureRealm(String name, List<Map<String, Object>> clients, List<Map<String, Object>> users) {
        String admin = forKeycloakAdmin();
        int existing = given().auth().oauth2(admin).get(keycloakUrl() + "/admin/realms/" + name).statusCode();
        if (existing == 200) {
            return;
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("realm", name, "enabled", true, "clients", clients, "users", users))
                .when().post(keycloakUrl() + "/admin/realms")
                .then().statusCode(201);
    }
}
