package org.teamaround.casework.quality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.allocation.SupportCase;
import org.teamaround.support.KeycloakTokens;

/** Seniors sample open cases every cycle and grade them; the practitioner reads what the auditor found. */
@QuarkusTest
class CaseAuditTest {

    /** The demo practitioners, as audits name them. */
    private static final Map<String, String> USERNAMES = Map.of("Priya Shah", "practitioner1",
            "Tom Walsh", "practitioner2", "Helen Moore", "senior1");

    @Test
    void aCycleSamplesOpenCasesOnlyAndIsDueAgainSixWeeksLater() {
        CaseFixtures.allocatedTo("practitioner1");
        String closed = CaseFixtures.allocatedTo("practitioner2");
        as("practitioner2").contentType(ContentType.JSON).body(Map.of("reason", "MOVED_AWAY", "outcomes", Map.of(
                "placementKept", true, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false)))
                .post("/api/v1/cases/" + closed + "/close").then().statusCode(200);

        ValidatableResponse cycle = start(Map.of("sampleSize", 3)).statusCode(201)
                .body("audits", hasSize(3)).body("graded", equalTo(0)).body("startedByName", equalTo("Helen Moore"))
                .body("nextCycleDue", equalTo(LocalDate.now().plusWeeks(6).toString()));

        List<String> sampled = cycle.extract().path("audits.caseId");
        List<String> states = QuarkusTransaction.requiringNew().call(() -> sampled.stream()
                .map(id -> SupportCase.<SupportCase>findById(UUID.fromString(id)).state).toList());
        assertTrue(states.stream().allMatch(s -> s.equals("ALLOCATED") || s.equals("ACTIVE")),
                "only open cases are sampled: " + states);
        String cycleId = cycle.extract().path("id");
        as("senior1").get("/api/v1/audit-cycles").then().statusCode(200).body("[0].id", equalTo(cycleId));
    }

    @Test
    void withoutASizeTheServicesConfiguredSampleIsTaken() {
        for (int i = 0; i < 5; i++) {
            CaseFixtures.allocatedTo("practitioner1");
        }
        as("senior1").contentType(ContentType.JSON).post("/api/v1/audit-cycles").then().statusCode(201)
                .body("sampleSize", equalTo(5)).body("audits", hasSize(5));
        start(Map.of("sampleSize", 0)).statusCode(400).body("errors[0].field", equalTo("sampleSize"));
    }

    @Test
    void aSeniorGradesASampledCaseAndItsPractitionerReadsTheFindings() {
        CaseFixtures.allocatedTo("practitioner1");
        Map<String, Object> audit = start(Map.of("sampleSize", 1)).statusCode(201).extract().path("audits[0]");
        String auditId = (String) audit.get("id");
        String caseId = (String) audit.get("caseId");
        String practitioner = USERNAMES.get((String) audit.get("practitionerName"));
        String otherPractitioner = practitioner.equals("practitioner2") ? "practitioner1" : "practitioner2";

        grade("senior1", auditId, grading("GOOD", 0)).statusCode(200)
                .body("grade", equalTo("GOOD")).body("auditedByName", equalTo("Helen Moore"))
                .body("version", equalTo(1));
        grade("senior1", auditId, grading("OUTSTANDING", 0)).statusCode(409).body("currentVersion", equalTo(1));
        Map<String, Object> noFindings = grading("GOOD", 1);
        noFindings.remove("findings");
        grade("senior1", auditId, noFindings).statusCode(400).body("errors[0].field", equalTo("findings"));
        grade(practitioner, auditId, grading("OUTSTANDING", 1)).statusCode(403);

        as(practitioner).get("/api/v1/cases/" + caseId + "/audits").then().statusCode(200)
                .body("[0].grade", equalTo("GOOD"))
                .body("[0].actions", equalTo("Record the child's voice at every visit."));
        as(otherPractitioner).get("/api/v1/cases/" + caseId + "/audits").then().statusCode(404);
        String cycleId = (String) audit.get("cycleId");
        as("senior1").get("/api/v1/audit-cycles/" + cycleId).then().statusCode(200).body("graded", equalTo(1));
        as("practitioner1").get("/api/v1/audit-cycles/" + cycleId).then().statusCode(403);
    }

    @Test
    void onlyASeniorStartsACycle() {
        as("practitioner1").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/audit-cycles").then()
                .statusCode(403);
        as("admin1").get("/api/v1/audit-cycles").then().statusCode(403);
        assertEquals(404, as("senior1").get("/api/v1/audit-cycles/" + UUID.randomUUID()).statusCode());
    }

    private static Map<String, Object> grading(String grade, int version) {
        return new HashMap<>(Map.of("grade", grade, "findings", "Clear plan; the child's voice is missing.",
                "actions", "Record the child's voice at every visit.", "version", version));
    }

    private static ValidatableResponse start(Map<String, Object> body) {
        return as("senior1").contentType(ContentType.JSON).body(body).post("/api/v1/audit-cycles").then();
    }

    private static ValidatableResponse grade(String username, String auditId, Map<String, Object> body) {
        return as(username).contentType(ContentType.JSON).body(body).put("/api/v1/case-audits/" + auditId).then();
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username));
    }
}
