package org.teamaround.allocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.rules.WorkingDays;
import org.teamaround.support.KeycloakTokens;

/** Accepted referrals wait in priority order and reach a practitioner within capacity, with a due first contact. */
@QuarkusTest
class AllocationTest {

    @Test
    void seniorAllocatesAnAcceptedReferralAndThePractitionerSeesTheCaseWithItsDueDate() {
        String referral = accepted("senco1", "100001");
        String practitioner = practitionerId("practitioner1");
        roomForOneMore(practitioner);
        String caseId = allocate(referral, practitioner, null).statusCode(201)
                .body("state", equalTo("ALLOCATED"))
                .body("practitionerName", equalTo("Priya Shah"))
                .body("allocatedOn", equalTo(LocalDate.now().toString()))
                .body("firstContactDue", equalTo(WorkingDays.englandAndWales(java.util.Set.of())
                        .addWorkingDays(LocalDate.now(), 5).toString()))
                .extract().path("id");
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases").then().statusCode(200)
                .body("id", hasItem(caseId));
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/cases/" + caseId).then()
                .statusCode(200).body("firstContactDue", notNullValue());
        given().auth().oauth2(KeycloakTokens.forUser("practitioner2")).get("/api/v1/cases/" + caseId).then().statusCode(404);
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/cases/" + caseId).then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/referrals/" + referral).then()
                .body("state", equalTo("ALLOCATED"));
        allocate(referral, practitioner, null).statusCode(409).body("currentState", equalTo("ALLOCATED"));
    }

    @Test
    void theSchoolSeesTheReferralAcceptedAndNothingOfTheCaseWork() {
        String referral = accepted("senco1", "100001");
        allocate(referral, practitionerId("practitioner1"), "Demo data may have filled the caseload").statusCode(201);
        String school = KeycloakTokens.forUser("senco1");
        given().auth().oauth2(school).get("/api/v1/referrals/" + referral).then().statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("history.toState", not(hasItem("ALLOCATED")))
                .body("history.reason", not(hasItem("Allocated to a family practitioner")))
                .body("allowedActions", equalTo(List.of()));
        given().auth().oauth2(school).queryParam("state", "ACCEPTED").queryParam("size", 100).get("/api/v1/referrals")
                .then().statusCode(200).body("items.id", hasItem(referral))
                .body("items.find { it.id == '" + referral + "' }.state", equalTo("ACCEPTED"));
        given().auth().oauth2(school).queryParam("state", "ALLOCATED").get("/api/v1/referrals").then().statusCode(200)
                .body("items.id", not(hasItem(referral)));
    }

    @Test
    void seniorsSeeEveryCaseOrOnePractitionersAndPractitionersOnlyTheirOwn() {
        String mine = allocate(accepted("senco1", "100001"), practitionerId("practitioner1"), "Test capacity")
                .statusCode(201).extract().path("id");
        String theirs = allocate(accepted("senco2", "100002"), practitionerId("practitioner2"), "Test capacity")
                .statusCode(201).extract().path("id");
        String senior = KeycloakTokens.forUser("senior1");
        given().auth().oauth2(senior).get("/api/v1/cases").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", hasItem(theirs));
        given().auth().oauth2(senior).queryParam("practitionerId", practitionerId("practitioner2")).get("/api/v1/cases")
                .then().statusCode(200).body("id", hasItem(theirs)).body("id", not(hasItem(mine)))
                .body("find { it.id == '" + theirs + "' }.schoolName", equalTo("Castleford Park Junior School"));
        String practitioner = KeycloakTokens.forUser("practitioner1");
        given().auth().oauth2(practitioner).get("/api/v1/cases").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", not(hasItem(theirs)));
        given().auth().oauth2(practitioner).queryParam("practitionerId", practitionerId("practitioner2"))
                .get("/api/v1/cases").then().statusCode(403);
        for (String user : List.of("senco1", "partner1", "admin1")) {
            given().auth().oauth2(KeycloakTokens.forUser(user)).get("/api/v1/cases").then().statusCode(403);
        }
    }

    @Test
    void theQueueListsAcceptedReferralsWithAReasonForEachPosition() {
        String referral = accepted("senco2", "100002");
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).queryParam("referralId", referral)
                .get("/api/v1/allocations/queue").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].referralId", equalTo(referral))
                .body("items[0].reason", notNullValue())
                .body("items[0].schoolName", equalTo("Castleford Park Junior School"));
    }

    @Test
    void theQueueComesInPagesThatFollowOnFromEachOther() {
        accepted("senco1", "100001");
        accepted("senco2", "100002");
        String senior = KeycloakTokens.forUser("senior1");
        List<Integer> all = given().auth().oauth2(senior).queryParam("size", 200).get("/api/v1/allocations/queue")
                .then().statusCode(200).extract().path("items.position");
        int total = given().auth().oauth2(senior).queryParam("size", 1).get("/api/v1/allocations/queue")
                .then().statusCode(200).body("size", equalTo(1)).body("items", hasSize(1)).extract().path("total");
        assertTrue(total >= 2);
        assertEquals(IntStream.rangeClosed(1, Math.min(total, 200)).boxed().toList(), all);
        given().auth().oauth2(senior).queryParam("page", 1).queryParam("size", 1).get("/api/v1/allocations/queue")
                .then().statusCode(200).body("page", equalTo(1)).body("items[0].position", equalTo(2));
        given().auth().oauth2(senior).queryParam("page", total).queryParam("size", 1).get("/api/v1/allocations/queue")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(total));
        given().auth().oauth2(senior).queryParam("size", 201).get("/api/v1/allocations/queue")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(senior).queryParam("referralId", "not-a-uuid").get("/api/v1/allocations/queue")
                .then().statusCode(400);
    }

    @Test
    void aReferralNotWaitingHasNoPlaceInTheQueue() {
        String referral = accepted("senco1", "100001");
        allocate(referral, practitionerId("practitioner1"), "Test capacity").statusCode(201);
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).queryParam("referralId", referral)
                .get("/api/v1/allocations/queue").then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void aPractitionerAtCapacityNeedsAnOverrideReason() {
        String practitioner = practitionerId("practitioner2");
        setCapacity(practitioner, 0);
        try {
            String referral = accepted("senco1", "100001");
            allocate(referral, practitioner, null).statusCode(400).body("errors[0].field", equalTo("overrideReason"));
            allocate(referral, practitioner, "Sibling already on their caseload").statusCode(201)
                    .body("overrideReason", equalTo("Sibling already on their caseload"));
        } finally {
            setCapacity(practitioner, PractitionerDirectory.DEFAULT_CAPACITY);
        }
    }

    @Test
    void onlySeniorsAllocateAndSeeTheQueue() {
        String referral = accepted("senco1", "100001");
        for (String user : List.of("senco1", "practitioner1", "partner1", "admin1")) {
            given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON)
                    .body(Map.of("referralId", referral, "practitionerId", "x")).post("/api/v1/allocations")
                    .then().statusCode(403);
            given().auth().oauth2(KeycloakTokens.forUser(user)).get("/api/v1/allocations/queue").then().statusCode(403);
        }
        allocate(referral, "not-a-practitioner", null).statusCode(400).body("errors[0].field", equalTo("practitionerId"));
    }

    @Test
    void practitionersComeFromKeycloakWithCaseloadAndCapacity() {
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/practitioners").then().statusCode(200)
                .body("username", hasItem("practitioner1"))
                .body("username", hasItem("senior1"))
                .body("username", not(hasItem("senco1")))
                .body("find { it.username == 'practitioner2' }.area", equalTo("Castleford"))
                .body("find { it.username == 'practitioner1' }.capacity", greaterThan(0));
    }

    private static ValidatableResponse allocate(String referral, String practitioner, String overrideReason) {
        Map<String, Object> body = new HashMap<>(Map.of("referralId", referral, "practitionerId", practitioner));
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return given().auth().oauth2(KeycloakTokens.forUser("senior1")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/allocations").then();
    }

    static String practitionerId(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username)).get("/api/v1/me").then().extract().path("id");
    }

    /** Capacity for exactly one more case, whatever earlier tests allocated to the practitioner. */
    private static void roomForOneMore(String practitionerId) {
        long caseload = QuarkusTransaction.requiringNew().call(() -> SupportCase.caseload(practitionerId));
        setCapacity(practitionerId, (int) caseload + 1);
    }

    private static void setCapacity(String practitionerId, int capacity) {
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/practitioners").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Practitioner.update("capacity = ?1 where id = ?2", capacity, practitionerId));
    }

    /** A referral submitted by the school and accepted at a panel of its area. */
    static String accepted(String senco, String schoolUrn) {
        String area = schoolUrn.equals("100001") ? "Pontefract" : "Castleford";
        Map<String, Object> referral = new HashMap<>(Map.of(
                "schoolUrn", schoolUrn,
                "child", Map.of("firstName", "Kit", "lastName", "Queue" + System.nanoTime(), "dateOfBirth", "2018-01-20",
                        "gender", "MALE", "yearGroup", 3, "senProvision", "N", "primaryNeed", "SEMH"),
                "carers", List.of(Map.of("name", "Ash Queue", "relationship", "Mother")),
                "needs", Map.of("description", "Dysregulation at lunchtimes"),
                "schoolActions", "Nurture group",
                "education", Map.of("attendancePercent", 88, "atRiskOfExclusion", true),
                "knownTo", Map.of("earlyHelp", "NO", "socialCare", "NO"),
                "consent", Map.of("givenBy", "Ash Queue", "givenOn", LocalDate.now().toString(), "method", "WRITTEN",
                        "informationSharing", true)));
        String school = KeycloakTokens.forUser(senco);
        String id = given().auth().oauth2(school).contentType(ContentType.JSON).body(referral).post("/api/v1/referrals")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(school).post("/api/v1/referrals/" + id + "/submit").then().statusCode(200);
        String senior = KeycloakTokens.forUser("senior1");
        String meeting = given().auth().oauth2(senior).contentType(ContentType.JSON)
                .body(Map.of("date", LocalDate.now().toString(), "area", area)).post("/api/v1/triage/meetings")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(senior).contentType(ContentType.JSON)
                .body(Map.of("referralId", id, "outcome", "ACCEPT", "rationale", "Meets the criteria"))
                .post("/api/v1/triage/meetings/" + meeting + "/decisions").then().statusCode(201);
        return id;
    }
}
