package org.teamaround.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** The API's answers carry a child's record at times: none is cached, sniffed or framed, refusals included. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void anAnswerIsNeverCachedSniffedOrFramed() {
        protectedAnswer(given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/me").then().statusCode(200));
    }

    @Test
    void soIsARefusal() {
        protectedAnswer(given().get("/api/v1/me").then().statusCode(401));
        protectedAnswer(given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/reports/funnel?from=2025-01-01&to=2025-12-31")
                .then().statusCode(403));
    }

    @Test
    void soIsASpreadsheet() {
        protectedAnswer(given().auth().oauth2(KeycloakTokens.forUser("senior1")).accept("text/csv")
                .get("/api/v1/reports/funnel?from=2025-01-01&to=2025-12-31").then().statusCode(200));
    }

    /** The SPA calls the API on its own origin; a script of any other origin may not read an answer. */
    @Test
    void noOtherOriginMayReadAnAnswer() {
        String token = KeycloakTokens.forUser("senior1");
        given().auth().oauth2(token).header("Origin", "https://elsewhere.example").get("/api/v1/me").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/v1/me").then()
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Headers", nullValue());
    }

    private static void protectedAnswer(ValidatableResponse response) {
        response.header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
