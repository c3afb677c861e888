package org.teamaround.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** Tokens the backend must refuse with 401 problem+json: none, garbage, another issuer's, expired. */
@QuarkusTest
class RejectedTokensTest {

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
        given().auth().oauth2(KeycloakTokens.fromForeignIssuer()).when().get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() {
        given().auth().oauth2(KeycloakTokens.forOtherAudience()).when().get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void expiredTokenIsUnauthorized() throws InterruptedException {
        String token = KeycloakTokens.shortLived();

        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
        long expiresAt = KeycloakTokens.expiry(token);
        long wait = expiresAt * 1000 - System.currentTimeMillis() + 1500;
        assertTrue(wait < 10_000, "the probe token should live a few seconds");
        Thread.sleep(Math.max(wait, 0));
        assertTrue(Instant.now().getEpochSecond() > expiresAt);

        given().auth().oauth2(token).when().get("/api/v1/me").then()
                .statusCode(401).contentType("application/problem+json");
    }
}
