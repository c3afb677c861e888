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

    /** Creates a realm through the admin API unless it exists; used for the foreign-issuer tests. */
    public static void ensureRealm(String name, List<Map<String, Object>> clients, List<Map<String, Object>> users) {
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
