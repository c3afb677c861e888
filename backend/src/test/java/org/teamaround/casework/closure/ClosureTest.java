package org.teamaround.casework.closure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.support.KeycloakTokens;

/** Closure: after a closing review, with outcomes against the referral and feedback; nothing changes afterwards. */
@QuarkusTest
class ClosureTest {

    private static final String TODAY = LocalDate.now().toString();

    @Test
    void aClosingReviewThenClosureWithOutcomesAndFeedback() {
        String caseId = activeCase();
        close("practitioner1", caseId, body("OUTCOMES_ACHIEVED")).statusCode(409)
                .body("allowedActions", equalTo(List.of("REVIEW")));
        review(caseId, "CLOSE");

        close("practitioner1", caseId, body("OUTCOMES_ACHIEVED")).statusCode(200)
                .body("reason", equalTo("OUTCOMES_ACHIEVED"))
                .body("closedOn", equalTo(TODAY))
                .body("outcomes.attendancePercentAfter", equalTo(94.5f))
                .body("outcomes.supportingFamiliesHeadlinesMet", equalTo(List.of("GOOD_EDUCATION", "FAMILY_RELATIONSHIPS")))
                .body("before.attendancePercent", equalTo(88.0f))
                .body("before.atRiskOfExclusion", equalTo(true))
                .body("feedback[0].from", equalTo("PARENT"))
                .body("feedback[0].rating", equalTo(5))
                .body("closedBy", equalTo("Priya Shah"));

        String practitioner = KeycloakTokens.forUser("practitioner1");
        given().auth().oauth2(practitioner).get("/api/v1/cases/" + caseId).then().body("state", equalTo("CLOSED"))
                .body("closedOn", equalTo(TODAY));
        given().auth().oauth2(practitioner).get("/api/v1/cases/" + caseId + "/closure").then().statusCode(200)
                .body("reason", equalTo("OUTCOMES_ACHIEVED"));
        String referralId = given().auth().oauth2(practitioner).get("/api/v1/cases/" + caseId).then().extract().path("referralId");
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/referrals/" + referralId).then()
                .body("state", equalTo("CLOSED"));

        close("practitioner1", caseId, body("DISENGAGED")).statusCode(409).body("currentState", equalTo("CLOSED"));
        given().auth().oauth2(practitioner).contentType(ContentType.JSON)
                .body(Map.of("date", TODAY, "type", "CALL", "durationMinutes", 10, "childSeen", false, "note", "Late call"))
                .post("/api/v1/cases/" + caseId + "/contacts").then().statusCode(409);
    }

    @Test
    void aSeniorClosesWithOutcomesWithoutAClosingReview() {
        String caseId = activeCase();
        review(caseId, "CONTINUE");
        close("practitioner1", caseId, body("STEPPED_DOWN")).statusCode(409);
        close("senior1", caseId, body("STEPPED_DOWN")).statusCode(200).body("closedBy", equalTo("Helen Moore"));
    }

    @Test
    void aFamilyWhoDisengagesClosesWithoutAReviewEvenBeforeAFirstContact() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        close("practitioner1", caseId, body("DISENGAGED")).statusCode(200).body("reason", equalTo("DISENGAGED"));
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/cases/" + caseId).then()
                .body("state", equalTo("CLOSED"));
    }

    @Test
    void badClosuresAreRefusedAndTheCaseStaysOpen() {
        String caseId = activeCase();
        close("practitioner1", caseId, body("OTHER")).statusCode(400).body("errors[0].field", equalTo("reasonDetail"));
        Map<String, Object> future = body("MOVED_AWAY");
        future.put("closedOn", LocalDate.now().plusDays(1).toString());
        close("practitioner1", caseId, future).statusCode(400).body("errors[0].field", equalTo("closedOn"));
        Map<String, Object> badOutcomes = body("MOVED_AWAY");
        badOutcomes.put("outcomes", Map.of("placementKept", true, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false,
                "attendancePercentAfter", 101));
        close("practitioner1", caseId, badOutcomes).statusCode(400)
                .body("errors.field", hasItem("outcomes.attendancePercentAfter"));
        Map<String, Object> emptyFeedback = body("MOVED_AWAY");
        emptyFeedback.put("feedback", List.of(Map.of("from", "CHILD")));
        close("practitioner1", caseId, emptyFeedback).statusCode(400).body("errors[0].field", equalTo("feedback[0]"));
        close("practitioner2", caseId, body("MOVED_AWAY")).statusCode(404);
        close("senco1", caseId, body("MOVED_AWAY")).statusCode(403);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId).then()
                .body("state", equalTo("ACTIVE"));
    }

    @Test
    void aSeniorReopensAClosedCaseWithAReasonAndItMayCloseAgain() {
        String caseId = activeCase();
        review(caseId, "CLOSE");
        close("practitioner1", caseId, body("OUTCOMES_ACHIEVED")).statusCode(200);
        reopen("practitioner1", caseId, "He is struggling again").statusCode(403);
        reopen("senior1", caseId, " ").statusCode(400).body("errors[0].field", equalTo("reason"));

        reopen("senior1", caseId, "School asks for support again after a new exclusion risk").statusCode(200)
                .body("reopened.by", equalTo("Helen Moore"))
                .body("reopened.reason", equalTo("School asks for support again after a new exclusion risk"));

        ValidatableResponse reopened = given().auth().oauth2(KeycloakTokens.forUser("practitioner1"))
                .get("/api/v1/cases/" + caseId).then().body("state", equalTo("ACTIVE"))
                .body("nextReviewDue", equalTo(LocalDate.now().plusWeeks(6).toString()));
        String referralId = reopened.extract().path("referralId");
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/referrals/" + referralId).then()
                .body("state", equalTo("ACTIVE"));
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId + "/closure")
                .then().statusCode(404);
        reopen("senior1", caseId, "Again").statusCode(409);

        close("practitioner1", caseId, body("MOVED_AWAY")).statusCode(200);
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).contentType(ContentType.JSON)
                .body(Map.of("referralId", referralId, "practitionerId", reopened.extract().path("practitionerId"),
                        "overrideReason", "A closed referral is reopened, not allocated again"))
                .post("/api/v1/allocations").then().statusCode(409).body("currentState", equalTo("CLOSED"));
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId + "/closures")
                .then().statusCode(200).body("reason", contains("MOVED_AWAY", "OUTCOMES_ACHIEVED"))
                .body("[0].reopened", nullValue()).body("[1].reopened.by", equalTo("Helen Moore"));
    }

    @Test
    void aCaseClosedBeforeAnyContactReopensAsAllocated() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        close("practitioner1", caseId, body("DISENGAGED")).statusCode(200);
        reopen("senior1", caseId, "The family asked for help after all").statusCode(200);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId).then()
                .body("state", equalTo("ALLOCATED")).body("nextReviewDue", nullValue());
    }

    private static ValidatableResponse reopen(String user, String caseId, String reason) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).post("/api/v1/cases/" + caseId + "/reopen").then();
    }

    private static String activeCase() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).contentType(ContentType.JSON)
                .body(Map.of("date", TODAY, "type", "HOME_VISIT", "durationMinutes", 45, "childSeen", true,
                        "note", "First visit"))
                .post("/api/v1/cases/" + caseId + "/contacts").then().statusCode(201);
        return caseId;
    }

    private static void review(String caseId, String decision) {
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).contentType(ContentType.JSON)
                .body(Map.of("heldOn", TODAY, "decision", decision, "attendees", List.of("Priya Shah", "Mother"),
                        "progress", List.of(), "scores", Map.of("WELLBEING", 8)))
                .post("/api/v1/cases/" + caseId + "/reviews").then().statusCode(201);
    }

    private static Map<String, Object> body(String reason) {
        return new HashMap<>(Map.of("reason", reason,
                "outcomes", Map.of("placementKept", true, "attendancePercentAfter", 94.5, "suspensionsAfter", 0,
                        "atRiskOfExclusionAfter", false, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false,
                        "supportingFamiliesHeadlinesMet", List.of("GOOD_EDUCATION", "FAMILY_RELATIONSHIPS")),
                "feedback", List.of(Map.of("from", "PARENT", "quote", "We have our mornings back.", "rating", 5))));
    }

    private static ValidatableResponse close(String user, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/close").then();
    }
}
