package org.teamaround.casework.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.allocation.SupportCase;
import org.teamaround.allocation.rules.WorkingDays;
import org.teamaround.support.KeycloakTokens;

/** Contacts with the family: the first makes the case ACTIVE and stops the first-contact clock. */
@QuarkusTest
class ContactTest {

    @Test
    void theFirstContactActivatesTheCaseAndMeetsTheTarget() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        String today = LocalDate.now().toString();
        case_("practitioner1", caseId).body("state", equalTo("ALLOCATED")).body("firstContactStatus", equalTo("DUE"));

        contact("practitioner1", caseId, body(today, "HOME_VISIT")).statusCode(201)
                .body("type", equalTo("HOME_VISIT")).body("recordedBy", equalTo("Priya Shah"))
                .body("childSeenAlone", equalTo(true));

        case_("practitioner1", caseId).body("state", equalTo("ACTIVE"))
                .body("firstContactOn", equalTo(today))
                .body("firstContactStatus", equalTo("MET"))
                .body("firstContactWorkingDays", equalTo(0));
        String referralId = case_("practitioner1", caseId).extract().path("referralId");
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/referrals/" + referralId).then()
                .body("state", equalTo("ACTIVE"));
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/referrals/" + referralId).then()
                .body("state", equalTo("ACCEPTED"));

        contact("practitioner1", caseId, body(today, "CALL")).statusCode(201);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId + "/contacts")
                .then().statusCode(200).body("", hasSize(2));
    }

    @Test
    void aFirstContactAfterTheDueDateMissesTheTargetAndCountsWorkingDays() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        WorkingDays workingDays = WorkingDays.englandAndWales(Set.of());
        LocalDate allocatedOn = LocalDate.now().minusDays(21);
        LocalDate due = workingDays.addWorkingDays(allocatedOn, 5);
        QuarkusTransaction.requiringNew().run(() -> SupportCase.update(
                "allocatedOn = ?1, firstContactDue = ?2 where id = ?3", allocatedOn, due, UUID.fromString(caseId)));
        case_("practitioner1", caseId).body("firstContactStatus", equalTo("OVERDUE"));
        LocalDate late = LocalDate.now().minusDays(2);

        contact("practitioner1", caseId, body(late.toString(), "SCHOOL_VISIT")).statusCode(201);

        case_("practitioner1", caseId).body("firstContactStatus", equalTo("MISSED"))
                .body("firstContactWorkingDays", equalTo(workingDays.workingDaysBetween(allocatedOn, late)));
        case_("practitioner1", caseId).body("nextReviewDue", equalTo(late.plusWeeks(6).toString()));
        contact("practitioner1", caseId, body(due.toString(), "CALL")).statusCode(201);
        case_("practitioner1", caseId).body("firstContactOn", equalTo(due.toString()))
                .body("firstContactStatus", equalTo("MET"))
                .body("nextReviewDue", equalTo(due.plusWeeks(6).toString()));
    }

    @Test
    void aContactCannotBeInTheFutureOrBeforeTheAllocation() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        contact("practitioner1", caseId, body(LocalDate.now().plusDays(1).toString(), "CALL")).statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("must not be in the future"));
        contact("practitioner1", caseId, body(LocalDate.now().minusDays(1).toString(), "CALL")).statusCode(400)
                .body("errors[0].field", equalTo("date"));
        Map<String, Object> notSeen = body(LocalDate.now().toString(), "CALL");
        notSeen.put("childSeen", false);
        contact("practitioner1", caseId, notSeen).statusCode(400).body("errors[0].field", equalTo("childSeenAlone"));
        Map<String, Object> badType = body(LocalDate.now().toString(), "TELEPATHY");
        contact("practitioner1", caseId, badType).statusCode(400);
        case_("practitioner1", caseId).body("state", equalTo("ALLOCATED"));
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId + "/contacts")
                .then().body("", hasSize(0));
    }

    @Test
    void onlyTheCasesPractitionerOrASeniorRecordsContacts() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        String today = LocalDate.now().toString();
        contact("practitioner2", caseId, body(today, "CALL")).statusCode(404);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner2")).get("/api/v1/cases/" + caseId + "/contacts")
                .then().statusCode(404);
        for (String user : List.of("senco1", "partner1", "admin1")) {
            contact(user, caseId, body(today, "CALL")).statusCode(403);
        }
        contact("senior1", caseId, body(today, "MEETING")).statusCode(201).body("recordedBy", equalTo("Helen Moore"));
    }

    private static ValidatableResponse case_(String user, String caseId) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).get("/api/v1/cases/" + caseId).then().statusCode(200);
    }

    private static Map<String, Object> body(String date, String type) {
        return new HashMap<>(Map.of("date", date, "type", type, "durationMinutes", 60, "whoSeen", "Mother and child",
                "childSeen", true, "childSeenAlone", true, "note", "Talked about mornings; agreed a visual timetable."));
    }

    static ValidatableResponse contact(String user, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/" + caseId + "/contacts").then();
    }
}
