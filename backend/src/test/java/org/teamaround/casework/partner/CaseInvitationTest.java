package org.teamaround.casework.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.support.KeycloakTokens;

/** A partner sees a case only while invited to it, adds to it, and every read they make is audited. */
@QuarkusTest
class CaseInvitationTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void anInvitedPartnerReadsTheCaseAndContributesUntilTheInvitationEnds() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        as("partner1").get("/api/v1/cases/" + caseId).then().statusCode(404);

        String invitationId = invite("practitioner1", caseId, Map.of("partnerId", partner1Id(),
                "from", TODAY.toString(), "until", TODAY.plusWeeks(4).toString(), "note", "CAMHS assessment"))
                .statusCode(201)
                .body("partnerName", equalTo("Chris Green")).body("agency", equalTo("CAMHS"))
                .body("invitedByName", equalTo("Priya Shah")).body("current", equalTo(true))
                .extract().path("id");

        as("partner1").get("/api/v1/invited-cases").then().statusCode(200)
                .body("caseId", hasItem(caseId)).body("find { it.caseId == '" + caseId + "' }.practitionerName",
                        equalTo("Priya Shah"));
        as("partner1").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .body("practitionerName", equalTo("Priya Shah")).body("overrideReason", nullValue());
        as("partner1").get("/api/v1/cases/" + caseId + "/contacts").then().statusCode(403);
        as("partner1").get("/api/v1/cases/" + caseId + "/assessment").then().statusCode(403);
        contribute("partner1", caseId, "Seen at CAMHS on Monday; on the waiting list for CBT.").statusCode(201)
                .body("authorName", equalTo("Chris Green")).body("agency", equalTo("CAMHS"));
        as("practitioner1").get("/api/v1/cases/" + caseId + "/contributions").then().statusCode(200)
                .body("[0].text", equalTo("Seen at CAMHS on Monday; on the waiting list for CBT."));

        as("practitioner1").post("/api/v1/cases/" + caseId + "/invitations/" + invitationId + "/end").then()
                .statusCode(200).body("current", equalTo(false)).body("endedByName", equalTo("Priya Shah"));
        as("practitioner1").post("/api/v1/cases/" + caseId + "/invitations/" + invitationId + "/end").then()
                .statusCode(409);

        as("partner1").get("/api/v1/cases/" + caseId).then().statusCode(404);
        as("partner1").get("/api/v1/cases/" + caseId + "/contributions").then().statusCode(404);
        contribute("partner1", caseId, "Too late").statusCode(404);
        as("partner1").get("/api/v1/invited-cases").then().statusCode(200).body("caseId", not(hasItem(caseId)));
    }

    @Test
    void everyReadByAPartnerIsAuditedUnderTheirName() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        invite("practitioner1", caseId, Map.of("agency", "camhs", "from", TODAY.toString(),
                "until", TODAY.toString())).statusCode(201).body("agency", equalTo("CAMHS"))
                .body("partnerId", nullValue());

        as("partner1").get("/api/v1/cases/" + caseId).then().statusCode(200);

        List<AuditEvent> trail = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "recordId = ?1 and username = 'partner1'", UUID.fromString(caseId)));
        assertTrue(trail.stream().anyMatch(e -> e.action == AuditAction.READ && e.recordType.equals("CASE")),
                "the partner's read of the case is in the audit trail");
    }

    @Test
    void anInvitationThatHasNotStartedShowsNothing() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        invite("practitioner1", caseId, Map.of("partnerId", partner1Id(), "from", TODAY.plusDays(1).toString(),
                "until", TODAY.plusDays(9).toString())).statusCode(201).body("current", equalTo(false));

        as("partner1").get("/api/v1/cases/" + caseId).then().statusCode(404);
        List<AuditEvent> denied = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list(
                "recordId = ?1 and username = 'partner1' and action = ?2", UUID.fromString(caseId), AuditAction.DENIED));
        assertTrue(!denied.isEmpty(), "a partner's refused read is in the audit trail");
    }

    @Test
    void aBadInvitationIsRefusedWithTheFieldToFix() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        String from = TODAY.toString();
        String until = TODAY.plusDays(7).toString();
        invite("practitioner1", caseId, Map.of("from", from, "until", until)).statusCode(400)
                .body("errors[0].field", equalTo("partnerId"))
                .body("errors[0].message", equalTo("give a partner user or an agency"));
        invite("practitioner1", caseId, Map.of("partnerId", partner1Id(), "agency", "CAMHS", "from", from,
                "until", until)).statusCode(400).body("errors[0].field", equalTo("partnerId"));
        invite("practitioner1", caseId, Map.of("agency", "Nobody's Agency", "from", from, "until", until))
                .statusCode(400).body("errors[0].field", equalTo("agency"));
        invite("practitioner1", caseId, Map.of("partnerId", "not-a-partner", "from", from, "until", until))
                .statusCode(400).body("errors[0].field", equalTo("partnerId"));
        invite("practitioner1", caseId, Map.of("agency", "CAMHS", "from", until, "until", from)).statusCode(400)
                .body("errors[0].field", equalTo("until"));
        invite("practitioner1", caseId, Map.of("agency", "CAMHS", "from", TODAY.minusDays(9).toString(),
                "until", TODAY.minusDays(1).toString())).statusCode(400)
                .body("errors[0].message", equalTo("must not be in the past"));
        as("practitioner1").get("/api/v1/cases/" + caseId + "/invitations").then().body("size()", equalTo(0));
    }

    @Test
    void onlyTheCasesPractitionerOrASeniorInvites() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        Map<String, String> invitation = Map.of("agency", "CAMHS", "from", TODAY.toString(),
                "until", TODAY.toString());
        invite("practitioner2", caseId, invitation).statusCode(404);
        invite("partner1", caseId, invitation).statusCode(403);
        invite("senco1", caseId, invitation).statusCode(403);
        invite("senior1", caseId, invitation).statusCode(201).body("invitedByName", equalTo("Helen Moore"));
        as("practitioner2").get("/api/v1/cases/" + caseId + "/invitations").then().statusCode(404);
        contribute("practitioner1", caseId, "A practitioner writes contacts, not contributions").statusCode(403);
    }

    @Test
    void aClosedCaseTakesNoNewInvitationsOrContributions() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        invite("practitioner1", caseId, Map.of("agency", "CAMHS", "from", TODAY.toString(),
                "until", TODAY.plusDays(3).toString())).statusCode(201);
        as("practitioner1").contentType(ContentType.JSON).body(Map.of("reason", "DISENGAGED", "outcomes", Map.of(
                "placementKept", true, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false)))
                .post("/api/v1/cases/" + caseId + "/close").then().statusCode(200);

        invite("practitioner1", caseId, Map.of("agency", "CAMHS", "from", TODAY.toString(),
                "until", TODAY.toString())).statusCode(409);
        contribute("partner1", caseId, "After closure").statusCode(409);
    }

    private static String partner1Id() {
        return as("senior1").get("/api/v1/partners").then().statusCode(200)
                .extract().path("find { it.username == 'partner1' }.id");
    }

    private static ValidatableResponse invite(String username, String caseId, Map<String, String> body) {
        return as(username).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/invitations").then();
    }

    private static ValidatableResponse contribute(String username, String caseId, String text) {
        return as(username).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/api/v1/cases/" + caseId + "/contributions").then();
    }

    private static io.restassured.specification.RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username));
    }
}
