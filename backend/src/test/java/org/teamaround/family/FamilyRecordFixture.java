package org.teamaround.family;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.referral.check.SchoolYear;
import org.teamaround.support.KeycloakTokens;

/**
 * A family's whole record made through the API: senco1's referral of a nine-year-old whose needs are described with a
 * script, accepted by a Pontefract panel partner1 attended, a case for practitioner1 with a home visit, a plan, an
 * invitation partner1 used, closed by senior1.
 */
public final class FamilyRecordFixture {

    public static final String SCRIPT = "<script>alert(1)</script>";

    public final String childLastName;
    public final LocalDate bornOn;
    public final String referralId;
    public final String caseId;

    private FamilyRecordFixture(String childLastName, LocalDate today) {
        this.childLastName = childLastName;
        this.bornOn = today.minusYears(9);
        this.referralId = submitted(this, today);
        this.caseId = closedCase(referralId, today);
    }

    /** The whole record, each step dated `today` (the service's clock must read that day). */
    public static FamilyRecordFixture closed(String childLastName, LocalDate today) {
        return new FamilyRecordFixture(childLastName, today);
    }

    /** senco1's referral, not yet submitted. */
    public static String draft(String childLastName, LocalDate today) {
        return created("senco1", "/api/v1/referrals", referralBody(childLastName, today.minusYears(9), today));
    }

    private static String submitted(FamilyRecordFixture family, LocalDate today) {
        String referral = created("senco1", "/api/v1/referrals",
                referralBody(family.childLastName, family.bornOn, today));
        send("senco1", "/api/v1/referrals/" + referral + "/submit", null, 200);
        return referral;
    }

    private static String closedCase(String referral, LocalDate today) {
        String meeting = created("senior1", "/api/v1/triage/meetings", Map.of("date", today.toString(),
                "area", "Pontefract", "attendees", List.of(Map.of("name", "Chris Green", "userId", userId("partner1")))));
        send("senior1", "/api/v1/triage/meetings/" + meeting + "/decisions", Map.of("referralId", referral,
                "outcome", "ACCEPT", "rationale", "Anxiety keeps her from school", "eligibilityOverrideReason",
                "Agreed by the panel"), 201);
        String caseId = CaseFixtures.allocate(referral, "practitioner1");
        String path = "/api/v1/cases/" + caseId;
        send("practitioner1", path + "/contacts", Map.of("date", today.toString(), "type", "HOME_VISIT",
                "durationMinutes", 50, "childSeen", true, "note", "First home visit"), 201);
        as("practitioner1").contentType(ContentType.JSON).body(Map.of("actions", List.of(Map.of("what",
                "Morning routine chart", "who", "FAMILY", "byWhen", today.plusWeeks(4).toString(),
                "status", "NOT_STARTED")), "interventions", List.of("PACE"))).put(path + "/plan").then().statusCode(200);
        send("practitioner1", path + "/invitations", Map.of("partnerId", userId("partner1"), "from", today.toString(),
                "until", today.plusWeeks(4).toString()), 201);
        as("partner1").get(path).then().statusCode(200);
        send("senior1", path + "/close", Map.of("reason", "OUTCOMES_ACHIEVED", "outcomes", Map.of(
                "placementKept", true, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false)), 200);
        return caseId;
    }

    private static Map<String, Object> referralBody(String childLastName, LocalDate born, LocalDate today) {
        return Map.of("schoolUrn", "100001",
                "child", Map.of("firstName", "Ada", "lastName", childLastName, "dateOfBirth", born.toString(),
                        "gender", "FEMALE", "yearGroup", SchoolYear.expectedYearGroup(born, today),
                        "senProvision", "K", "primaryNeed", "SEMH"),
                "carers", List.of(Map.of("name", "Lee Export", "relationship", "Father")),
                "needs", Map.of("tags", List.of("ANXIETY"), "description", SCRIPT),
                "schoolActions", "Daily check-in with a learning mentor",
                "knownTo", Map.of("earlyHelp", "NO", "socialCare", "NO"),
                "consent", Map.of("givenBy", "Lee Export", "givenOn", today.toString(), "method", "IN_PERSON",
                        "informationSharing", true));
    }

    static String userId(String username) {
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

    static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username));
    }
}
