package org.teamaround.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teamaround.triage.TriageApi.decide;
import static org.teamaround.triage.TriageApi.decision;
import static org.teamaround.triage.TriageApi.meeting;
import static org.teamaround.triage.TriageApi.submitted;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamaround.support.KeycloakTokens;

/** The panel meets, sees its agenda with eligibility, and decides each referral once. */
@QuarkusTest
class TriageDecisionTest {

    private static final String FIM = "6f1c7a52-1b1e-4f7e-9a43-0c6e3f0b9a01";

    @Test
    void seniorHoldsAMeetingAndAcceptsAReferralTheSchoolThenSeesAccepted() {
        String referral = submitted("senco1", "100001");
        String meeting = meeting("Pontefract", List.of(Map.of("name", "Helen Moore", "agency", "TEH")));
        TriageApi.getMeeting("senior1", meeting).statusCode(200)
                .body("area", equalTo("Pontefract"))
                .body("chair", equalTo("Helen Moore"))
                .body("agenda.referralId", hasItem(referral))
                .body("agenda.find { it.referralId == '" + referral + "' }.eligibility.met",
                        equalTo(List.of("MET", "MET", "MET")));

        decide("senior1", meeting, decision(referral, "ACCEPT")).statusCode(201)
                .body("outcome", equalTo("ACCEPT"))
                .body("eligibilityOverridden", equalTo(false))
                .body("decidedBy", equalTo("Helen Moore"));

        TriageApi.referral("senco1", referral).statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .body("decision.outcome", equalTo("ACCEPT"))
                .body("decision.rationale", nullValue())
                .body("allowedActions", equalTo(List.of()));
        TriageApi.getMeeting("senior1", meeting).body("agenda.find { it.referralId == '" + referral
                + "' }.decision.outcome", equalTo("ACCEPT"));
    }

    @ParameterizedTest(name = "{0} moves the referral to {1}")
    @CsvSource({"ACCEPT, ACCEPTED", "SIGNPOST, SIGNPOSTED", "DECLINE, DECLINED", "REQUEST_INFO, INFO_REQUESTED",
        "ESCALATE, ESCALATED", "DEFER, DEFERRED"})
    void eachOutcomeMovesTheReferral(String outcome, String state) {
        String referral = submitted("senco1", "100001");
        String meeting = meeting("Pontefract", List.of());
        decide("senior1", meeting, decision(referral, outcome, "declineReason", "NEEDS_MET_BY_SCHOOL",
                "services", List.of(FIM), "followUpBy", "School SENCO", "infoRequested", "The EP report"))
                .statusCode(201);
        TriageApi.referral("senco1", referral).body("state", equalTo(state));
    }

    @Test
    void eachOutcomeNeedsItsOwnDetails() {
        String referral = submitted("senco1", "100001");
        String meeting = meeting("Pontefract", List.of());
        decide("senior1", meeting, decision(referral, "DECLINE")).statusCode(400)
                .body("errors.field", equalTo(List.of("declineReason")));
        decide("senior1", meeting, decision(referral, "SIGNPOST")).statusCode(400)
                .body("errors.field", equalTo(List.of("followUpBy", "services")));
        decide("senior1", meeting, decision(referral, "SIGNPOST", "followUpBy", "SENCO",
                "services", List.of("00000000-0000-0000-0000-000000000000"))).statusCode(400)
                .body("errors.field", equalTo(List.of("services[0]")));
        decide("senior1", meeting, decision(referral, "REQUEST_INFO")).statusCode(400)
                .body("errors.field", equalTo(List.of("infoRequested")));
        Map<String, Object> noRationale = decision(referral, "ESCALATE");
        noRationale.put("rationale", " ");
        decide("senior1", meeting, noRationale).statusCode(400).body("errors.field", equalTo(List.of("rationale")));
        TriageApi.referral("senco1", referral).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void signpostedSchoolSeesTheServicesNamed() {
        String referral = submitted("senco1", "100001");
        decide("senior1", meeting("Pontefract", List.of()), decision(referral, "SIGNPOST",
                "services", List.of(FIM), "followUpBy", "School SENCO")).statusCode(201);
        TriageApi.referral("senco1", referral).body("state", equalTo("SIGNPOSTED"))
                .body("decision.services", equalTo(List.of("Future in Mind school wellbeing service")));
    }

    @Test
    void requestedInformationGoesBackToTheSchoolWhichResubmits() {
        String referral = submitted("senco1", "100001");
        decide("senior1", meeting("Pontefract", List.of()),
                decision(referral, "REQUEST_INFO", "infoRequested", "Attendance for last term")).statusCode(201);
        TriageApi.referral("senco1", referral).body("decision.infoRequested", equalTo("Attendance for last term"))
                .body("allowedActions", equalTo(List.of("EDIT", "SUBMIT", "WITHDRAW")));
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).post(TriageApi.REFERRALS + "/" + referral + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    @Test
    void acceptingAReferralThatFailsARuleNeedsAnOverrideReason() {
        String referral = submitted("senco1", "100001", Map.of("earlyHelp", "NO", "socialCare", "YES"));
        String meeting = meeting("Pontefract", List.of());
        TriageApi.getMeeting("senior1", meeting).body("agenda.find { it.referralId == '" + referral
                + "' }.eligibility.find { it.rule == 'NOT_KNOWN_TO_SERVICES' }.met", equalTo("NOT_MET"));
        decide("senior1", meeting, decision(referral, "ACCEPT")).statusCode(400)
                .body("errors[0].field", equalTo("eligibilityOverrideReason"));
        decide("senior1", meeting, decision(referral, "ACCEPT", "eligibilityOverrideReason", "Social care closed last week"))
                .statusCode(201).body("eligibilityOverridden", equalTo(true));
    }

    @Test
    void aReferralIsDecidedOncePerMeetingAndOnlyFromItsArea() {
        String referral = submitted("senco1", "100001");
        String meeting = meeting("Pontefract", List.of());
        decide("senior1", meeting, decision(referral, "DEFER")).statusCode(201);
        decide("senior1", meeting, decision(referral, "ACCEPT")).statusCode(409);
        String other = submitted("senco2", "100002");
        decide("senior1", meeting, decision(other, "ACCEPT")).statusCode(400).body("errors[0].field", equalTo("referralId"));
        TriageApi.getMeeting("senior1", meeting("Castleford", List.of())).body("agenda.referralId", not(hasItem(referral)));
    }

    @Test
    void twoSeniorsDecidingAtOnceOneWinsTheOtherIsRefused() {
        String referral = submitted("senco1", "100001");
        String first = meeting("Pontefract", List.of());
        String second = meeting("Pontefract", List.of());
        String token = KeycloakTokens.forUser("senior1");
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (String meeting : List.of(first, second)) {
            calls.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(token).contentType("application/json")
                    .body(decision(referral, "ACCEPT")).post(TriageApi.MEETINGS + "/" + meeting + "/decisions")
                    .statusCode()));
        }
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        assertEquals(List.of(201, 409), statuses);
    }

    @Test
    void onlySeniorsDecideAndPartnersSeeOnlyMeetingsTheyAttend() {
        String referral = submitted("senco1", "100001");
        String partnerId = given().auth().oauth2(KeycloakTokens.forUser("partner1")).get("/api/v1/me")
                .then().extract().path("id");
        String attended = meeting("Pontefract", List.of(Map.of("name", "Chris Green", "agency", "CAMHS",
                "userId", partnerId)));
        String notAttended = meeting("Pontefract", List.of());
        for (String user : List.of("senco1", "practitioner1", "partner1", "admin1")) {
            decide(user, attended, decision(referral, "ACCEPT")).statusCode(403);
        }
        TriageApi.getMeeting("partner1", attended).statusCode(200);
        TriageApi.getMeeting("partner1", notAttended).statusCode(404);
        TriageApi.getMeeting("senco1", attended).statusCode(403);
        TriageApi.createMeeting("partner1", Map.of("date", "2026-12-04", "area", "Pontefract")).statusCode(403);
        TriageApi.createMeeting("senior1", Map.of("date", "2026-12-04", "area", "Atlantis")).statusCode(400)
                .body("errors[0].field", equalTo("area"));
    }
}
