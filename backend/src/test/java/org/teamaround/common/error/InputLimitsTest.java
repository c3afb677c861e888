package org.teamaround.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** What Java reads but PostgreSQL cannot keep (NUL characters, far-off years, pages past any row) is a 400, not a failure (found by fuzzing). */
@QuarkusTest
class InputLimitsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNulCharacterInTheAddressIsRefused() {
        senco1().urlEncodingEnabled(false).get("/api/v1/referrals/%00").then().statusCode(400).contentType(PROBLEM);
        senco1().urlEncodingEnabled(false).get("/api/v1/referrals?q=a%00b").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aNulCharacterInTextIsRefusedAndNamed() {
        senco1().contentType(ContentType.JSON)
                .body(Map.of("schoolUrn", "100001", "child", Map.of("firstName", "Sam\u0000", "lastName", "Nul")))
                .post("/api/v1/referrals").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("child.firstName"));
    }

    @Test
    void aDayPostgresqlCannotHoldIsRefused() {
        senco1().contentType(ContentType.JSON)
                .body(Map.of("schoolUrn", "100001", "child", Map.of("firstName", "Sam", "lastName", "Far",
                        "dateOfBirth", "+999999999-12-31")))
                .post("/api/v1/referrals").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("child.dateOfBirth"));
        senco1().queryParam("to", "+999999999-12-31").get("/api/v1/referrals").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("to"));
    }

    @Test
    void aPageBeyondAnyListIsRefusedAndTheLastPossibleOneIsEmpty() {
        senco1().queryParam("page", Integer.MAX_VALUE).get("/api/v1/schools").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("page"));
        senco1().queryParam("page", 1_000_000).queryParam("size", 200).get("/api/v1/schools").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    private static RequestSpecification senco1() {
        return given().auth().oauth2(KeycloakTokens.forUser("senco1"));
    }
}
