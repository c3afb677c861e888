package org.teamaround.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/**
 * A partner system over its request rate gets 429 with Retry-After, and only it: another partner system and people
 * signed in carry on. Runs as the demo school MIS, which no other suite uses.
 */
@QuarkusTest
class PartnerRateLimitTest {

    @ConfigProperty(name = "teamaround.partner-api.rate-limit.requests")
    long requests;

    @Test
    void aPartnerSystemOverItsRateWaitsAndNoOneElseDoes() {
        String schoolMis = KeycloakTokens.forSchoolMis();
        long allowed = 0;
        Response refused = null;
        // A slow machine may see a period end mid-way and a fresh allowance start: then more pass before the 429.
        while (refused == null && allowed < 3 * requests) {
            Response response = given().auth().oauth2(schoolMis).get("/api/v1/me");
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                response.then().statusCode(200);
                allowed++;
            }
        }
        assertTrue(refused != null && allowed >= requests, allowed + " requests passed, then " + refused);
        refused.then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://teamaround.example/problems/too-many-requests"))
                .body("detail", containsString("Try again after"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After in seconds within the period: " + retryAfter);

        given().auth().oauth2(KeycloakTokens.forPartnerSystem()).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/me").then().statusCode(200);
    }
}
