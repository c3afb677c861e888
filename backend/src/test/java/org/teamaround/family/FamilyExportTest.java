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
    private static final String SCRIPT = FamilyRecordFixture.SCRIPT;

    @Test
    void aSeniorExportsTheWholeRecordWithWhoSawItAndTheExportIsAuditedOnce() {
        String childName = "Export" + System.nanoTime();
        FamilyRecordFixture family = FamilyRecordFixture.closed(childName, TODAY);
        String referral = family.referralId;
        String caseId = family.caseId;

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
        String draft = FamilyRecordFixture.draft("Draft" + System.nanoTime(), TODAY);

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

    /** What the request with this id wrote to the audit trail: action, record type and record id. */
    private static Set<String> auditedIn(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("requestId", requestId)
                .stream().map(e -> e.action + " " + e.recordType + " " + e.recordId).collect(Collectors.toSet()));
    }

    private static String export(String referral) {
        return "/api/v1/families/" + referral + "/export";
    }

    private static RequestSpecification as(String username) {
        return FamilyRecordFixture.as(username);
    }
}
