package org.teamaround.casework.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.allocation.SupportCase;
import org.teamaround.support.KeycloakTokens;

/** TAF reviews: progress, scores and a decision; the cadence of the next one; extensions need a senior. */
@QuarkusTest
class ReviewTest {

    private static final String TODAY = LocalDate.now().toString();

    @Test
    void aReviewRecordsProgressAndScoresAndSetsTheNextDueDate() {
        String caseId = activeCase();
        String action = planAction(caseId);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId).then()
                .body("nextReviewDue", equalTo(LocalDate.now().plusWeeks(6).toString()));

        review("practitioner1", caseId, body(TODAY, "CONTINUE", action, Map.of("WELLBEING", 4, "SCHOOL_ENGAGEMENT", 6)))
                .statusCode(201)
                .body("progress[0].action", equalTo("Visual timetable for mornings"))
                .body("progress[0].status", equalTo("IN_PROGRESS"))
                .body("scores.WELLBEING", equalTo(4))
                .body("nextDue", equalTo(LocalDate.now().plusWeeks(6).toString()))
                .body("extensionStatus", nullValue())
                .body("recordedBy", equalTo("Priya Shah"));
        review("practitioner1", caseId, body(TODAY, "CLOSE", action, Map.of())).statusCode(201).body("nextDue", nullValue());
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId).then()
                .body("nextReviewDue", nullValue());
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId + "/reviews").then()
                .statusCode(200).body("decision", equalTo(List.of("CLOSE", "CONTINUE")));
    }

    @Test
    void anExtensionWaitsForASeniorsAgreementWhichIsRecorded() {
        String caseId = activeCase();
        String reviewId = review("practitioner1", caseId, body(TODAY, "EXTEND", null, Map.of())).statusCode(201)
                .body("extensionStatus", equalTo("AWAITING_SENIOR")).extract().path("id");
        extension("practitioner1", reviewId, true).statusCode(403);
        extension("senior1", reviewId, true).statusCode(200)
                .body("extensionStatus", equalTo("AGREED"))
                .body("extensionDecidedBy", equalTo("Helen Moore"))
                .body("extensionNote", equalTo("Progress is real; two more months"));
        extension("senior1", reviewId, false).statusCode(409).body("currentState", equalTo("AGREED"));
        review("senior1", caseId, body(TODAY, "EXTEND", null, Map.of())).statusCode(201)
                .body("extensionStatus", equalTo("AGREED")).body("extensionDecidedBy", equalTo("Helen Moore"));
    }

    @Test
    void overdueReviewsAreListedForTheirPractitionerAndForSeniors() {
        String caseId = activeCase();
        QuarkusTransaction.requiringNew().run(() -> SupportCase.update("nextReviewDue = ?1 where id = ?2",
                LocalDate.now().minusDays(3), UUID.fromString(caseId)));
        overdue("practitioner1").statusCode(200).body("caseId", hasItem(caseId))
                .body("find { it.caseId == '" + caseId + "' }.practitionerName", equalTo("Priya Shah"));
        overdue("senior1").statusCode(200).body("caseId", hasItem(caseId));
        overdue("practitioner2").statusCode(200).body("caseId", not(hasItem(caseId)));
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).queryParam("due", "soon").get("/api/v1/reviews").then()
                .statusCode(400);
        review("practitioner1", caseId, body(TODAY, "CONTINUE", null, Map.of())).statusCode(201);
        overdue("practitioner1").body("caseId", not(hasItem(caseId)));
    }

    @Test
    void badReviewsAreRefusedWithEveryFieldNamed() {
        String allocated = CaseFixtures.allocatedTo("practitioner1");
        review("practitioner1", allocated, body(TODAY, "CONTINUE", null, Map.of())).statusCode(409)
                .body("currentState", equalTo("ALLOCATED"));
        String caseId = activeCase();
        review("practitioner1", caseId, body(LocalDate.now().plusDays(2).toString(), "CONTINUE",
                UUID.randomUUID().toString(), Map.of("WELLBEING", 11, "HAPPINESS", 5))).statusCode(400)
                .body("errors.field", hasItem("heldOn"))
                .body("errors.field", hasItem("progress[0].actionId"))
                .body("errors.field", hasItem("scores.WELLBEING"))
                .body("errors.field", hasItem("scores.HAPPINESS"));
        review("practitioner2", caseId, body(TODAY, "CONTINUE", null, Map.of())).statusCode(404);
        review("senco1", caseId, body(TODAY, "CONTINUE", null, Map.of())).statusCode(403);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/outcome-scales").then()
                .statusCode(200).body("code", equalTo(List.of("WELLBEING", "SCHOOL_ENGAGEMENT", "FAMILY_RELATIONSHIPS")));
    }

    /** An ACTIVE case of practitioner1: allocated, then a first contact today. */
    @Test
    void anExtensionIsNotDecidedOnceTheCaseHasClosed() {
        String caseId = activeCase();
        String reviewId = review("practitioner1", caseId, body(TODAY, "EXTEND", null, Map.of())).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).contentType(ContentType.JSON)
                .body(Map.of("reason", "MOVED_AWAY", "outcomes", Map.of("placementKept", false,
                        "ehcNeedsAssessmentRequested", false, "ehcpIssued", false)))
                .post("/api/v1/cases/" + caseId + "/close").then().statusCode(200);

        extension("senior1", reviewId, true).statusCode(409).body("currentState", equalTo("CLOSED"));
    }

    private static String activeCase() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).contentType(ContentType.JSON)
                .body(Map.of("date", TODAY, "type", "HOME_VISIT", "durationMinutes", 45, "childSeen", true,
                        "note", "First visit"))
                .post("/api/v1/cases/" + caseId + "/contacts").then().statusCode(201);
        return caseId;
    }

    private static String planAction(String caseId) {
        return given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).contentType(ContentType.JSON)
                .body(Map.of("actions", List.of(Map.of("what", "Visual timetable for mornings", "who", "FAMILY",
                        "byWhen", LocalDate.now().plusWeeks(4).toString(), "status", "NOT_STARTED")),
                        "interventions", List.of()))
                .put("/api/v1/cases/" + caseId + "/plan").then().statusCode(200).extract().path("actions[0].id");
    }

    private static Map<String, Object> body(String heldOn, String decision, String actionId, Map<String, Integer> scores) {
        Map<String, Object> body = new HashMap<>(Map.of("heldOn", heldOn, "decision", decision,
                "attendees", List.of("Priya Shah", "Mother", "Class teacher"), "scores", scores, "progress",
                actionId == null ? List.of() : List.of(Map.of("actionId", actionId, "status", "IN_PROGRESS",
                        "note", "Used most mornings"))));
        return body;
    }

    private static ValidatableResponse review(String user, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/reviews").then();
    }

    private static ValidatableResponse extension(String user, String reviewId, boolean agreed) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("agreed", agreed, "note", "Progress is real; two more months"))
                .post("/api/v1/reviews/" + reviewId + "/extension").then();
    }

    private static ValidatableResponse overdue(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).queryParam("due", "overdue").get("/api/v1/reviews")
                .then();
    }
}
