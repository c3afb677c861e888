package org.teamaround.triage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** A senior invites partner users to a panel from Keycloak's partners; the invited partner then sees the meeting. */
@QuarkusTest
class PartnerAttendanceTest {

    @Test
    void seniorsChooseAttendeesAmongKeycloaksPartnerUsers() {
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/partners").then().statusCode(200)
                .body("username", hasItem("partner1"))
                .body("username", not(hasItem("practitioner1")))
                .body("find { it.username == 'partner1' }.name", equalTo("Chris Green"))
                .body("find { it.username == 'partner1' }.agency", equalTo("CAMHS"));
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/partners").then().statusCode(200)
                .body("username", hasItem("partner1")); // to invite a partner to their case
        for (String user : List.of("senco1", "partner1", "admin1")) {
            given().auth().oauth2(KeycloakTokens.forUser(user)).get("/api/v1/partners").then().statusCode(403);
        }
    }

    @Test
    void anInvitedPartnerIsNamedAsKeycloakKnowsThemAndSeesTheMeeting() {
        String partnerId = given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/partners").then()
                .extract().path("find { it.username == 'partner1' }.id");
        String meeting = TriageApi.createMeeting("senior1", Map.of("date", "2026-12-11", "area", "Pontefract",
                "attendees", List.of(Map.of("name", "C. Green", "userId", partnerId)))).statusCode(201)
                .body("attendees[0].name", equalTo("Chris Green"))
                .body("attendees[0].agency", equalTo("CAMHS"))
                .extract().path("id");
        TriageApi.getMeeting("partner1", meeting).statusCode(200);
        given().auth().oauth2(KeycloakTokens.forUser("partner1")).get(TriageApi.MEETINGS).then().statusCode(200)
                .body("id", hasItem(meeting));
    }

    @Test
    void anAttendeeWhoIsNotAPartnerUserIsRefused() {
        String practitionerId = given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/me").then()
                .extract().path("id");
        TriageApi.createMeeting("senior1", Map.of("date", "2026-12-11", "area", "Pontefract",
                "attendees", List.of(Map.of("name", "Guest", "agency", "School nursing"),
                        Map.of("name", "Priya", "userId", practitionerId)))).statusCode(400)
                .body("errors[0].field", equalTo("attendees[1].userId"));
    }
}
