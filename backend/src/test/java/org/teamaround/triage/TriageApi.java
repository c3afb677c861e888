package org.teamaround.triage;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teamaround.support.KeycloakTokens;

/** Triage and referral calls as named demo users with real tokens, for the triage tests. */
final class TriageApi {

    static final String MEETINGS = "/api/v1/triage/meetings";
    static final String REFERRALS = "/api/v1/referrals";

    private TriageApi() {}

    static String meeting(String area, List<Map<String, Object>> attendees) {
        return createMeeting("senior1", Map.of("date", LocalDate.now().plusDays(3).toString(), "area", area,
                "attendees", attendees)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse createMeeting(String user, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS).then();
    }

    static ValidatableResponse getMeeting(String user, String id) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).when().get(MEETINGS + "/" + id).then();
    }

    static ValidatableResponse decide(String user, String meetingId, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post(MEETINGS + "/" + meetingId + "/decisions").then();
    }

    static Map<String, Object> decision(String referralId, String outcome, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("referralId", referralId, "outcome", outcome,
                "rationale", "Discussed by the panel"));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    /** A complete referral of a school, submitted by its SENCO; answers its id. */
    static String submitted(String senco, String schoolUrn, Map<String, Object> knownTo) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "schoolUrn", schoolUrn,
                "child", Map.of("firstName", "Robin", "lastName", "Panel" + System.nanoTime(),
                        "dateOfBirth", "2017-03-14", "gender", "FEMALE", "yearGroup", 5, "senProvision", "K",
                        "primaryNeed", "SEMH"),
                "carers", List.of(Map.of("name", "Lee Panel", "relationship", "Father")),
                "needs", Map.of("tags", List.of("ANXIETY")),
                "schoolActions", "Two cycles of SEN support",
                "knownTo", knownTo,
                "consent", Map.of("givenBy", "Lee Panel", "givenOn", LocalDate.now().minusDays(1).toString(),
                        "method", "PHONE", "informationSharing", true)));
        String token = KeycloakTokens.forUser(senco);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(REFERRALS)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post(REFERRALS + "/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static String submitted(String senco, String schoolUrn) {
        return submitted(senco, schoolUrn, Map.of("earlyHelp", "NO", "socialCare", "NO"));
    }

    static ValidatableResponse referral(String user, String id) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).when().get(REFERRALS + "/" + id).then();
    }
}
