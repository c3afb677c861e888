package org.teamaround.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** The demo loader's clock: an admin moves it (on demo and test stacks; ReportTest shows the records take its days) and puts it back. */
@QuarkusTest
class DemoClockTest {

    @AfterEach
    void backToRealTime() {
        given().auth().oauth2(KeycloakTokens.forUser("admin1")).delete("/api/v1/demo/clock").then().statusCode(200);
    }

    @Test
    void anAdminMovesTheServiceClockAndPutsItBack() {
        String admin = KeycloakTokens.forUser("admin1");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("at", "2024-11-04T09:00:00Z"))
                .put("/api/v1/demo/clock").then().statusCode(200).body("shifted", equalTo(true))
                .body("at", startsWith("2024-11-04T09:00"));
        given().auth().oauth2(admin).get("/api/v1/demo/clock").then().body("at", startsWith("2024-11-04T09:0"));
        given().auth().oauth2(admin).delete("/api/v1/demo/clock").then().statusCode(200).body("shifted", equalTo(false))
                .body("at", startsWith(java.time.Year.now().toString()));
    }

    @Test
    void onlyAnAdminMayMoveItAndOnlyToAnInstant() {
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).contentType(ContentType.JSON)
                .body(Map.of("at", "2024-11-04T09:00:00Z")).put("/api/v1/demo/clock").then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.forUser("admin1")).contentType(ContentType.JSON)
                .body(Map.of("at", "last tuesday")).put("/api/v1/demo/clock").then().statusCode(400);
        given().auth().oauth2(KeycloakTokens.forUser("admin1")).contentType(ContentType.JSON).body(Map.of())
                .put("/api/v1/demo/clock").then().statusCode(400);
    }
}
