package org.teamaround.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Every failure a client can cause answers RFC 9457 problem+json, never an HTML page or a stack trace. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownApiRouteIsNotFound() {
        given().when().get("/api/v1/nothing-here").then()
                .statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://teamaround.example/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void unknownRouteOutsideTheApiIsNotFound() {
        given().accept("text/html").when().get("/no/such/page").then()
                .statusCode(404).contentType(PROBLEM).body("title", equalTo("Not found"));
    }

    @Test
    void wrongMethodIsNotAllowed() {
        given().when().delete("/api/v1/me").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post("/test-probe").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("The request body is not valid JSON."));
    }

    @Test
    void unknownFieldIsRefusedAndNamed() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Sam\", \"nickname\": \"S\"}")
                .when().post("/test-probe").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("nickname"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void wrongTypeIsRefusedAndNamed() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Sam\", \"percent\": \"lots\"}")
                .when().post("/test-probe").then()
                .statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("percent"));
    }

    @Test
    void invalidFieldsAreListedByTheirPathInTheRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"percent\": 120, \"items\": [{\"label\": \"ok\"}, {\"label\": \"\"}]}")
                .when().post("/test-probe").then()
                .statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://teamaround.example/problems/validation"))
                .body("errors.field", containsInAnyOrder("items[1].label", "name", "percent"));
    }

    @Test
    void bodyOverOneMebibyteIsTooLarge() {
        String big = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        given().contentType(ContentType.JSON).body(big).when().post("/test-probe").then()
                .statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).body("name=Sam").when().post("/test-probe").then()
                .statusCode(415).contentType(PROBLEM);
    }

    @Test
    void unexpectedErrorHidesItsDetails() {
        given().when().post("/test-probe/fail").then()
                .statusCode(500).contentType(PROBLEM)
                .body("detail", allOf(containsString("reference"), not(containsString("private"))))
                .body(not(containsString("IllegalStateException")));
    }
}
