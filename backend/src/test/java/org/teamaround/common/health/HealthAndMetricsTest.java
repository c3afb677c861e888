package org.teamaround.common.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator's probes and Prometheus read: readiness covers the database and Keycloak. */
@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readyWhenDatabaseAndKeycloakAnswer() {
        given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Keycloak", "Database connections health check"));
    }

    @Test
    void prometheusMetricsAreServed() {
        given().when().get("/api/v1/me").then().statusCode(401);
        given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
