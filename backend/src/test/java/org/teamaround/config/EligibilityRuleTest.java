package org.teamaround.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/**
 * Admins switch the panel's eligibility rules on or off and set the age range, never over someone else's change.
 * Each test leaves the rules as it found them: the triage suites check referrals against them.
 */
@QuarkusTest
class EligibilityRuleTest {

    static final String RULES = "/api/v1/eligibility-rules";

    @Test
    void adminsAndSeniorsSeeTheRules() {
        rules("senior1").statusCode(200)
                .body("code", equalTo(List.of("AGE_RANGE", "NOT_KNOWN_TO_SERVICES", "SEMH_NEED")))
                .body("find { it.code == 'AGE_RANGE' }.label", equalTo("Aged 5 to 11 on the day of the panel"));
        rules("admin1").statusCode(200);
        rules("senco1").statusCode(403);
        rules("practitioner1").statusCode(403);
    }

    @Test
    void anAdminDisablesARuleAndTheChangeIsRecorded() {
        long version = version("NOT_KNOWN_TO_SERVICES");
        try {
            update("admin1", "NOT_KNOWN_TO_SERVICES", body(false, null, null, version)).statusCode(200)
                    .body("enabled", equalTo(false))
                    .body("version", equalTo((int) version + 1));
            rules("senior1").body("find { it.code == 'NOT_KNOWN_TO_SERVICES' }.enabled", equalTo(false));
            changes("admin1", Map.of("entity", "ELIGIBILITY_RULE", "key", "NOT_KNOWN_TO_SERVICES", "size", 1))
                    .statusCode(200)
                    .body("items[0].field", equalTo("enabled"))
                    .body("items[0].oldValue", equalTo("true"))
                    .body("items[0].newValue", equalTo("false"))
                    .body("items[0].username", equalTo("admin1"));
        } finally {
            update("admin1", "NOT_KNOWN_TO_SERVICES", body(true, null, null, version + 1)).statusCode(200);
        }
        rules("senior1").body("find { it.code == 'NOT_KNOWN_TO_SERVICES' }.enabled", equalTo(true));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long version = version("AGE_RANGE");
        update("admin1", "AGE_RANGE", body(true, 4, 12, version + 7)).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://teamaround.example/problems/stale-version"))
                .body("currentVersion", equalTo((int) version));
        rules("admin1").body("find { it.code == 'AGE_RANGE' }.minAge", equalTo(5))
                .body("find { it.code == 'AGE_RANGE' }.maxAge", equalTo(11));
    }

    @Test
    void theAgeRangeNeedsBothAgesInOrderAndOtherRulesHaveNone() {
        long age = version("AGE_RANGE");
        update("admin1", "AGE_RANGE", body(true, 12, 5, age)).statusCode(400)
                .body("errors.field", equalTo(List.of("maxAge")));
        update("admin1", "AGE_RANGE", body(true, null, 30, age)).statusCode(400)
                .body("errors.field", equalTo(List.of("maxAge")));
        update("admin1", "AGE_RANGE", body(true, null, 11, age)).statusCode(400)
                .body("errors.field", equalTo(List.of("minAge")));
        update("admin1", "SEMH_NEED", body(true, 5, null, version("SEMH_NEED"))).statusCode(400)
                .body("errors.field", equalTo(List.of("minAge")));
        Map<String, Object> withoutVersion = new HashMap<>(Map.of("enabled", true));
        update("admin1", "SEMH_NEED", withoutVersion).statusCode(400)
                .body("errors.field", equalTo(List.of("version")));
        update("admin1", "NO_SUCH_RULE", body(true, null, null, 0)).statusCode(404);
    }

    @Test
    void onlyAnAdminChangesARule() {
        update("senior1", "SEMH_NEED", body(false, null, null, version("SEMH_NEED"))).statusCode(403);
        update("senco1", "SEMH_NEED", body(false, null, null, version("SEMH_NEED"))).statusCode(403);
        rules("admin1").body("find { it.code == 'SEMH_NEED' }.enabled", equalTo(true));
    }

    @Test
    void theHistoryIsForAdminsAndSeniorsAndFiltersByKnownEntities() {
        changes("senior1", Map.of()).statusCode(200);
        changes("senco1", Map.of()).statusCode(403);
        changes("admin1", Map.of("entity", "REFERRAL")).statusCode(400)
                .body("errors.field", equalTo(List.of("entity")));
        changes("admin1", Map.of("size", 201)).statusCode(400)
                .body("errors.field", equalTo(List.of("size")));
    }

    private static ValidatableResponse rules(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).get(RULES).then();
    }

    private static long version(String code) {
        return rules("admin1").statusCode(200).extract().<Number>path("find { it.code == '" + code + "' }.version")
                .longValue();
    }

    private static Map<String, Object> body(boolean enabled, Integer minAge, Integer maxAge, long version) {
        Map<String, Object> body = new HashMap<>(Map.of("enabled", enabled, "version", version));
        if (minAge != null) {
            body.put("minAge", minAge);
        }
        if (maxAge != null) {
            body.put("maxAge", maxAge);
        }
        return body;
    }

    private static ValidatableResponse update(String user, String code, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().put(RULES + "/" + code).then();
    }

    private static ValidatableResponse changes(String user, Map<String, ?> query) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).queryParams(query)
                .when().get("/api/v1/config-changes").then();
    }
}
