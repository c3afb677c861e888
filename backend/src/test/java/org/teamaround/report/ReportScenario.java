package org.teamaround.report;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teamaround.common.time.Clocks;
import org.teamaround.support.KeycloakTokens;

/**
 * Builds a small service history through the API, each step on its own day (the service's clock moved there), in an
 * area of its own so that other tests' records never count.
 */
final class ReportScenario {

    /** A service of the directory every database starts with (V3). */
    private static final String PARENTING_PROGRAMME = "6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a02";

    final String area = "Reports " + System.nanoTime();
    final String areaId;
    final String schoolA;
    final String schoolB;
    private final Clocks clocks;

    ReportScenario(Clocks clocks) {
        this.clocks = clocks;
        areaId = as("admin1").body(Map.of("name", area, "triageCadence", Map.of("everyWeeks", 2, "weekday", "FRIDAY")))
                .post("/api/v1/areas").then().statusCode(201).extract().path("id");
        schoolA = school("A");
        schoolB = school("B");
    }

    private String school(String suffix) {
        String urn = String.valueOf(900000 + (System.nanoTime() / 1000) % 99999);
        as("admin1").body(Map.of("urn", urn, "name", area + " School " + suffix, "area", area, "phase", "PRIMARY",
                        "vulnerability", Map.of("senPercent", 20, "lookedAfter", 3, "mobilityPercent", 10, "ealPercent", 5)))
                .post("/api/v1/schools").then().statusCode(201);
        return urn;
    }

    /** The service's clock reads 10:00 (London) on the day. */
    void on(String day) {
        clocks.moveTo(LocalDate.parse(day).atTime(10, 0).atZone(Clocks.LONDON).toInstant());
    }

    /** A referral submitted by the partner system on the day, with this many brothers and sisters. */
    String submitted(String schoolUrn, String day, int siblings) {
        String id = draft(schoolUrn, day, siblings);
        partnerSystem().post("/api/v1/referrals/" + id + "/submit").then().log().ifValidationFails().statusCode(200);
        return id;
    }

    /** A draft the partner system made on the day, with this many brothers and sisters. */
    String draft(String schoolUrn, String day, int siblings) {
        on(day);
        return partnerSystem().body(referral(schoolUrn, day, siblings)).post("/api/v1/referrals").then().statusCode(201)
                .extract().path("id");
    }

    /** Information sent back on the day: the referral changed to name this many brothers and sisters, and submitted. */
    void resubmitted(String referralId, String schoolUrn, String day, int siblings) {
        on(day);
        Map<String, Object> body = referral(schoolUrn, day, siblings);
        body.put("version", partnerSystem().get("/api/v1/referrals/" + referralId).then().statusCode(200)
                .extract().path("version"));
        partnerSystem().body(body).put("/api/v1/referrals/" + referralId).then().log().ifValidationFails().statusCode(200);
        partnerSystem().post("/api/v1/referrals/" + referralId + "/submit").then().log().ifValidationFails().statusCode(200);
    }

    private static Map<String, Object> referral(String schoolUrn, String day, int siblings) {
        List<Map<String, Object>> brothersAndSisters = new ArrayList<>();
        for (int i = 0; i < siblings; i++) {
            brothersAndSisters.add(Map.of("firstName", "Sib" + i, "lastName", "Report", "dateOfBirth", "2013-01-0" + (i + 1)));
        }
        return new HashMap<>(Map.of(
                "schoolUrn", schoolUrn,
                "child", Map.of("firstName", "Robin", "lastName", "Report" + System.nanoTime(), "dateOfBirth", "2011-05-10",
                        "gender", "FEMALE", "yearGroup", 4, "senProvision", "K", "primaryNeed", "SEMH"),
                "siblings", brothersAndSisters,
                "carers", List.of(Map.of("name", "Sam Report", "relationship", "Mother")),
                "needs", Map.of("description", "Anxious at school"),
                "schoolActions", "Nurture group",
                "education", Map.of("attendancePercent", 80, "suspensionsThisYear", 2, "atRiskOfExclusion", true),
                "knownTo", Map.of("earlyHelp", "NO", "socialCare", "NO"),
                "consent", Map.of("givenBy", "Sam Report", "givenOn", day, "method", "WRITTEN", "informationSharing", true)));
    }

    void withdrawn(String referralId, String day) {
        on(day);
        partnerSystem().body(Map.of("reason", "The family moved")).post("/api/v1/referrals/" + referralId + "/withdraw")
                .then().statusCode(200);
    }

    /** The area's triage meeting on the day deciding each referral: ACCEPT, SIGNPOST, DECLINE or REQUEST_INFO. */
    void meeting(String day, Map<String, String> outcomes) {
        on(day);
        String meeting = as("senior1").body(Map.of("date", day, "area", area)).post("/api/v1/triage/meetings")
                .then().statusCode(201).extract().path("id");
        outcomes.forEach((referral, outcome) -> {
            Map<String, Object> decision = new HashMap<>(Map.of("referralId", referral, "outcome", outcome,
                    "rationale", "Discussed by the partners"));
            switch (outcome) {
                case "SIGNPOST" -> {
                    decision.put("followUpBy", "School SENCO");
                    decision.put("services", List.of(PARENTING_PROGRAMME));
                }
                case "DECLINE" -> decision.put("declineReason", "NEEDS_MET_BY_SCHOOL");
                case "REQUEST_INFO" -> decision.put("infoRequested", "Last term's attendance");
                default -> { }
            }
            as("senior1").body(decision).post("/api/v1/triage/meetings/" + meeting + "/decisions").then().log().ifValidationFails()
                    .statusCode(201);
        });
    }

    /** Allocated to practitioner1 on the day; returns the case id. */
    String allocated(String referralId, String day) {
        on(day);
        String practitioner = given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/me")
                .then().extract().path("id");
        return as("senior1").body(Map.of("referralId", referralId, "practitionerId", practitioner,
                        "overrideReason", "Test data fills caseloads"))
                .post("/api/v1/allocations").then().statusCode(201).extract().path("id");
    }

    void contacted(String caseId, String day) {
        on(day);
        as("practitioner1").body(Map.of("date", day, "type", "HOME_VISIT", "durationMinutes", 45, "childSeen", true,
                "note", "Visit")).post("/api/v1/cases/" + caseId + "/contacts").then().statusCode(201);
    }

    void reviewed(String caseId, String day) {
        on(day);
        as("practitioner1").body(Map.of("heldOn", day, "decision", "CONTINUE", "attendees", List.of("Practitioner", "Mother"),
                "scores", Map.of(), "progress", List.of())).post("/api/v1/cases/" + caseId + "/reviews").then().statusCode(201);
    }

    /** Closed by senior1 with these outcomes and one parent's feedback. */
    void closed(String caseId, String day, Map<String, Object> outcomes, int rating, String quote) {
        on(day);
        as("senior1").body(Map.of("reason", "OUTCOMES_ACHIEVED", "closedOn", day, "outcomes", outcomes,
                        "feedback", List.of(Map.of("from", "PARENT", "rating", rating, "quote", quote))))
                .post("/api/v1/cases/" + caseId + "/close").then().statusCode(200);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification partnerSystem() {
        return given().auth().oauth2(KeycloakTokens.forPartnerSystem()).contentType(ContentType.JSON);
    }
}
