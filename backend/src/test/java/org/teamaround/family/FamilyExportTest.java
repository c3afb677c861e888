package org.teamaround.family;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.referral.check.SchoolYear;
import org.teamaround.support.KeycloakTokens;

/**
 * A senior exports a family's whole record for a subject access request: every part of it, who from other agencies
 * saw it, as JSON or as a page to download; the export is audited once and no one else may make it.
 */
@QuarkusTest
class FamilyExportTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void aSeniorExportsTheWholeRecordWithWhoSawItAndTheExportIsAuditedOnce() {
        String childName = "Export" + System.nanoTime();
        String referral = submitted(childName);
        String meeting = created("senior1", "/api/v1/triage/meetings", Map.of("date", TODAY.toString(),
                "area", "Pontefract", "attendees", List.of(Map.of("name", "Chris Green", "userId", userId("partner1")))));
        send("senior1", "/api/v1/triage/meetings/" + meeting + "/decisions", Map.of("referralId", referral,
                "outcome", "ACCEPT", "rationale", "Anxiety keeps her from school", "eligibilityOverrideReason",
                "Agreed by the panel"), 201);
        String caseId = CaseFixtures.allocate(referral, "practitioner1");
        String path = "/api/v1/cases/" + caseId;
        send("practitioner1", path + "/contacts", Map.of("date", TODAY.toString(), "type", "HOME_VISIT",
                "durationMinutes", 50, "childSeen", true, "note", "First home visit"), 201);
        as("practitioner1").contentType(ContentType.JSON).body(Map.of("actions", List.of(Map.of("what",
                "Morning routine chart", "who", "FAMILY", "byWhen", TODAY.plusWeeks(4).toString(),
                "status", "NOT_STARTED")), "interventions", List.of("PACE"))).put(path + "/plan").then().statusCode(200);
        send("practitioner1", path + "/invitations", Map.of("partnerId", userId("partner1"), "from", TODAY.toString(),
                "until", TODAY.plusWeeks(4).toString()), 201);
        as("partner1").get(path).then().statusCode(200);
        send("senior1", path + "/close", Map.of("reason", "OUTCOMES_ACHIEVED", "outcomes", Map.of(
                "placementKept", true, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false)), 200);

        String requestId = UUID.randomUUID().toString();
        String reference = as("senior1").header("X-Request-Id", requestId).get(export(referral)).then()
                .statusCode(200).contentType(ContentType.JSON)
                .body("exported.by", equalTo("Helen Moore"))
                .body("referral.child.lastName", equalTo(childName))
                .body("referral.needs.description", equalTo(SCRIPT))
                .body("referral.state", equalTo("CLOSED"))
                .body("panelDecisions.outcome", equalTo(List.of("ACCEPT")))
                .body("caseWork.summary.practitionerName", equalTo("Priya Shah"))
                .body("caseWork.summary.state", equalTo("CLOSED"))
                .body("caseWork.contacts.note", equalTo(List.of("First home visit")))
                .body("caseWork.plan.actions.what", equalTo(List.of("Morning routine chart")))
                .body("caseWork.planVersions", hasSize(1))
                .body("caseWork.closures.reason", equalTo(List.of("OUTCOMES_ACHIEVED")))
                .body("disclosureLog.invitations.agency", equalTo(List.of("CAMHS")))
                .body("disclosureLog.panels[0].attendees.name", equalTo(List.of("Chris Green")))
                .body("disclosureLog.accesses.find { it.who == 'partner1' && it.recordType == 'CASE' "
                        + "&& it.action == 'READ' }.agency", equalTo("CAMHS"))
                .extract().path("referral.reference");

        assertEquals(Set.of("EXPORT REFERRAL " + referral, "EXPORT CASE " + caseId), auditedIn(requestId),
                "the export is one EXPORT row for the referral and one for its case, and no read of each part");

        String page = as("senior1").accept(ContentType.HTML).get(export(referral)).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Disposition", equalTo("attachment; filename=\"family-record-" + reference + ".html\""))
                .body(containsString(childName), containsString("Morning routine chart"), containsString("CAMHS"))
                .extract().asString();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the school's text is shown as it was typed");
        assertFalse(page.contains("<script"), "the page holds no script");
    }

    @Test
    void aReferralNotYetAllocatedHasNoCaseWorkAndOnlyASeniorExportsIt() {
        String draft = created("senco1", "/api/v1/referrals", referralBody("Draft" + System.nanoTime()));

        as("senior1").get(export(draft)).then().statusCode(200)
                .body("referral.state", equalTo("DRAFT"))
                .body("panelDecisions", hasSize(0))
                .body("caseWork", nullValue())
                .body("disclosureLog.accesses", hasSize(0));
        for (String user : List.of("practitioner1", "admin1", "senco1", "partner1")) {
            as(user).get(export(draft)).then().statusCode(403);
        }
        as("senior1").get(export(UUID.randomUUID().toString())).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    /** A referral of senco1's school, sent to the panel, whose needs are described with a script. */
    private static String submitted(String childName) {
        String referral = created("senco1", "/api/v1/referrals", referralBody(childName));
        send("senco1", "/api/v1/referrals/" + referral + "/submit", null, 200);
        return referral;
    }

    private static Map<String, Object> referralBody(String childName) {
        LocalDate born = TODAY.minusYears(9);
        return Map.of("schoolUrn", "100001",
                "child", Map.of("firstName", "Ada", "lastName", childName, "dateOfBirth", born.toString(),
                        "gender", "FEMALE", "yearGroup", SchoolYear.expectedYearGroup(born, TODAY),
                        "senProvision", "K", "primaryNeed", "SEMH"),
                "carers", List.of(Map.of("name", "Lee Export", "relationship", "Father")),
                "needs", Map.of("tags", List.of("ANXIETY"), "description", SCRIPT),
                "schoolActions", "Daily check-in with a learning mentor",
                "knownTo", Map.of("earlyHelp", "NO", "socialCare", "NO"),
                "consent", Map.of("givenBy", "Lee Export", "givenOn", TODAY.toString(), "method", "IN_PERSON",
                        "informationSharing", true));
    }

    /** What the request with this id wrote to the audit trail: action, record type and record id. */
    private static Set<String> auditedIn(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("requestId", requestId)
                .stream().map(e -> e.action + " " + e.recordType + " " + e.recordId).collect(Collectors.toSet()));
    }

    private static String export(String referral) {
        return "/api/v1/families/" + referral + "/export";
    }

    private static String userId(String username) {
        return as(username).get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static String created(String username, String path, Map<String, Object> body) {
        return as(username).contentType(ContentType.JSON).body(body).post(path).then().statusCode(201)
                .extract().path("id");
    }

    private static void send(String username, String path, Map<String, Object> body, int status) {
        RequestSpecification request = as(username).contentType(ContentType.JSON);
        (body == null ? request : request.body(body)).post(path).then().statusCode(status);
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username));
    }
}
