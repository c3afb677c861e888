package org.teamaround.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.support.KeycloakTokens;

/**
 * A case from allocation to closure and reopening: its history lists every step, the audit trail holds every read
 * and write of each part, and no one outside the case sees any part of it.
 */
@QuarkusTest
class CaseRecordKeepingTest {

    private static final String TODAY = LocalDate.now().toString();
    private static final List<String> SECTIONS = List.of("childNeeds", "parentingCapacity", "familyEnvironment",
            "strengths", "risks", "wishesAndFeelings", "aspirations", "schoolInput", "familyNetwork");

    /** Every part of a case a practitioner reads, as its address under the case. */
    private static final List<String> PARTS = List.of("", "/contacts", "/assessment", "/assessment/versions", "/plan",
            "/plan/versions", "/reviews", "/invitations", "/contributions", "/groups", "/audits", "/closures",
            "/history");

    @Test
    void theHistoryListsEveryStepAndTheAuditTrailEveryReadAndWrite() {
        Instant start = Instant.now();
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        String path = "/api/v1/cases/" + caseId;
        send("practitioner1", Map.of("date", TODAY, "type", "HOME_VISIT", "durationMinutes", 60, "childSeen", true,
                "note", "First visit"), path + "/contacts").statusCode(201);
        Map<String, Object> sections = new HashMap<>();
        SECTIONS.forEach(s -> sections.put(s, "Found about " + s));
        as("practitioner1").contentType(ContentType.JSON).body(Map.of("sections", sections))
                .put(path + "/assessment").then().statusCode(200);
        send("practitioner1", Map.of("version", 0), path + "/assessment/complete").statusCode(200);
        as("practitioner1").contentType(ContentType.JSON).body(Map.of("actions", List.of(Map.of("what",
                "Morning routine chart", "who", "FAMILY", "byWhen", LocalDate.now().plusWeeks(4).toString(),
                "status", "NOT_STARTED")), "interventions", List.of("PACE"))).put(path + "/plan").then()
                .statusCode(200);
        String reviewId = send("practitioner1", review("EXTEND"), path + "/reviews").statusCode(201)
                .extract().path("id");
        send("senior1", Map.of("agreed", true, "note", "Two more months"),
                "/api/v1/reviews/" + reviewId + "/extension").statusCode(200);
        send("practitioner1", Map.of("agency", "CAMHS", "from", TODAY, "until", TODAY), path + "/invitations")
                .statusCode(201);
        send("partner1", Map.of("text", "Known to CAMHS"), path + "/contributions").statusCode(201);
        send("practitioner1", review("CLOSE"), path + "/reviews").statusCode(201);
        send("practitioner1", Map.of("reason", "OUTCOMES_ACHIEVED", "outcomes", Map.of("placementKept", true,
                "ehcNeedsAssessmentRequested", false, "ehcpIssued", false)), path + "/close").statusCode(200);
        send("senior1", Map.of("reason", "New concerns from school"), path + "/reopen").statusCode(200);
        PARTS.forEach(part -> as("practitioner1").get(path + part).then().statusCode(200));

        List<String> history = as("practitioner1").get(path + "/history").then().statusCode(200)
                .body("[0].what", equalTo("REOPENED")).body("[0].by", equalTo("Helen Moore"))
                .body("[0].detail", equalTo("New concerns from school"))
                .body("[1].detail", equalTo("Outcomes achieved"))
                .body("[-2].detail", equalTo("Home visit on " + TODAY))
                .extract().path("what");
        assertEquals(List.of("REOPENED", "CLOSED", "REVIEW_RECORDED", "CONTRIBUTION_ADDED", "PARTNER_INVITED",
                "EXTENSION_AGREED", "REVIEW_RECORDED", "PLAN_SAVED", "ASSESSMENT_COMPLETED", "ASSESSMENT_SAVED",
                "CONTACT_RECORDED", "ALLOCATED"), history);

        Set<String> trail = QuarkusTransaction.requiringNew().call(() -> new TreeSet<>(AuditEvent
                .<AuditEvent>list("at >= ?1 and username in ('practitioner1', 'senior1', 'partner1')", start).stream()
                .map(e -> e.username + " " + e.action + " " + e.recordType).toList()));
        for (String expected : List.of("practitioner1 CREATE CASE_CONTACT", "practitioner1 LIST CASE_CONTACT",
                "practitioner1 CREATE CASE_ASSESSMENT", "practitioner1 TRANSITION CASE_ASSESSMENT",
                "practitioner1 READ CASE_ASSESSMENT", "practitioner1 LIST CASE_ASSESSMENT",
                "practitioner1 CREATE SUPPORT_PLAN", "practitioner1 READ SUPPORT_PLAN", "practitioner1 LIST SUPPORT_PLAN",
                "practitioner1 CREATE CASE_REVIEW", "practitioner1 LIST CASE_REVIEW", "senior1 UPDATE CASE_REVIEW",
                "practitioner1 CREATE CASE_INVITATION", "practitioner1 LIST CASE_INVITATION",
                "partner1 CREATE CASE_CONTRIBUTION", "practitioner1 LIST CASE_CONTRIBUTION",
                "practitioner1 CREATE CASE_CLOSURE", "practitioner1 LIST CASE_CLOSURE", "senior1 UPDATE CASE_CLOSURE",
                "practitioner1 READ CASE", "practitioner1 READ CASE_HISTORY", "practitioner1 TRANSITION CASE",
                "senior1 TRANSITION CASE")) {
            assertTrue(trail.contains(expected), expected + " is in the audit trail " + trail);
        }
    }

    @Test
    void noOneOutsideTheCaseSeesAnyPartOfIt() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        String path = "/api/v1/cases/" + caseId;
        for (String part : PARTS) {
            as("practitioner2").get(path + part).then().statusCode(404);
            int referrer = as("senco1").get(path + part).statusCode();
            assertTrue(referrer == 403 || referrer == 404, "a referrer is refused " + part + ": " + referrer);
            int admin = as("admin1").get(path + part).statusCode();
            assertTrue(admin == 403 || admin == 404, "an admin is refused " + part + ": " + admin);
            int partner = as("partner1").get(path + part).statusCode();
            assertTrue(partner == 403 || partner == 404, "an uninvited partner is refused " + part + ": " + partner);
        }
    }

    private static Map<String, Object> review(String decision) {
        return Map.of("heldOn", TODAY, "decision", decision, "attendees", List.of("Priya Shah", "Mother"),
                "progress", List.of(), "scores", Map.of("WELLBEING", 7));
    }

    private static ValidatableResponse send(String username, Map<String, Object> body, String path) {
        return as(username).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username));
    }
}
