package org.teamaround.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** A senior sees who read or changed a record and what was refused, newest first; others may not look. */
@QuarkusTest
class AuditTrailTest {

    private static final String TODAY = LocalDate.now().toString();

    @Test
    void aSeniorSeesEveryAccessToAReferralNewestFirstWithRefusals() {
        String id = draftReferral();
        as("senco1").get("/api/v1/referrals/" + id).then().statusCode(200);
        as("senco2").get("/api/v1/referrals/" + id).then().statusCode(404);

        as("senior1").queryParam("recordId", id).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", contains("DENIED", "READ", "CREATE"))
                .body("items.outcome", contains("DENIED", "ALLOWED", "ALLOWED"))
                .body("items.username", contains("senco2", "senco1", "senco1"))
                .body("items.recordType", everyItem(equalTo("REFERRAL")))
                .body("items[0].roles", hasItem("referrer"))
                .body("items[0].clientId", equalTo("teamaround-cli"));
    }

    @Test
    void filtersByWhoActedAndByDaysAndPages() {
        String id = draftReferral();
        as("senco1").get("/api/v1/referrals/" + id).then().statusCode(200);
        String senco1 = as("senco1").get("/api/v1/me").then().extract().path("id");

        as("senior1").queryParams(Map.of("recordId", id, "userId", senco1, "from", TODAY, "to", TODAY, "size", 1))
                .get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(2)).body("items.action", contains("READ")).body("size", equalTo(1));
        as("senior1").queryParams(Map.of("recordId", id, "to", LocalDate.now().minusDays(1).toString()))
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aChildsWholeRecordIsAskedForWithTheReferralAndItsCase() {
        String first = draftReferral();
        String second = draftReferral();
        as("senior1").queryParam("recordId", first, second).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(2)).body("items.recordId", contains(second, first));
    }

    @Test
    void readingTheTrailIsItselfAudited() {
        String id = draftReferral();
        as("senior1").queryParam("recordId", id).get("/api/v1/audit").then().statusCode(200);
        String senior = as("senior1").get("/api/v1/me").then().extract().path("id");

        as("senior1").queryParams(Map.of("userId", senior, "from", TODAY)).get("/api/v1/audit").then()
                .statusCode(200).body("items.findAll { it.recordType == 'AUDIT_TRAIL' }.recordId", hasItem(id));
    }

    @Test
    void onlySeniorsMayLookAndBadFiltersAreRefusedClearly() {
        as("practitioner1").get("/api/v1/audit").then().statusCode(403);
        as("admin1").get("/api/v1/audit").then().statusCode(403);
        as("senior1").queryParam("recordId", "not-a-uuid").get("/api/v1/audit").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("recordId"));
        as("senior1").queryParams(Map.of("from", "2026-02-30")).get("/api/v1/audit").then().statusCode(400);
        as("senior1").queryParams(Map.of("from", TODAY, "to", "2020-01-01")).get("/api/v1/audit").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as("senior1").queryParam("size", 201).get("/api/v1/audit").then().statusCode(400);
    }

    private static String draftReferral() {
        return as("senco1").contentType(ContentType.JSON)
                .body(Map.of("schoolUrn", "100001", "child", Map.of("firstName", "Audit", "lastName",
                        "Trail" + System.nanoTime())))
                .post("/api/v1/referrals").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user));
    }
}
