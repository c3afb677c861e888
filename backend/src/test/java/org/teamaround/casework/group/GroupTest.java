package org.teamaround.casework.group;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.support.KeycloakTokens;

/** Parents' and children's groups: members are cases, and each session's attendance counts for the case. */
@QuarkusTest
class GroupTest {

    private static final String TODAY = LocalDate.now().toString();

    @Test
    void aGroupRecordsSessionsAndEachCaseSeesItsAttendance() {
        String priyas = CaseFixtures.allocatedTo("practitioner1");
        String toms = CaseFixtures.allocatedTo("practitioner2");
        String groupId = create("practitioner1", group("Pontefract parents' group", "2026/27")).statusCode(201)
                .body("areaName", equalTo("Pontefract")).body("createdByName", equalTo("Priya Shah"))
                .extract().path("id");
        addMember("practitioner1", groupId, priyas).statusCode(200).body("members", hasSize(1));
        addMember("practitioner1", groupId, priyas).statusCode(409);
        addMember("practitioner1", groupId, toms).statusCode(404);
        addMember("practitioner2", groupId, toms).statusCode(200).body("members", hasSize(2));

        session(groupId, Map.of("heldOn", TODAY, "topic", "Calm mornings", "attended", List.of(priyas, toms)))
                .statusCode(201);
        session(groupId, Map.of("heldOn", TODAY, "topic", "Routines", "attended", List.of(priyas))).statusCode(201)
                .body("sessions", hasSize(2))
                .body("members.find { it.caseId == '" + priyas + "' }.attended", equalTo(2))
                .body("members.find { it.caseId == '" + toms + "' }.attended", equalTo(1));

        as("practitioner1").get("/api/v1/cases/" + priyas + "/groups").then().statusCode(200)
                .body("[0].name", equalTo("Pontefract parents' group"))
                .body("[0].sessionsHeld", equalTo(2)).body("[0].sessionsAttended", equalTo(2));
        as("practitioner1").get("/api/v1/cases/" + toms + "/groups").then().statusCode(404);
        as("senior1").get("/api/v1/groups?schoolYear=2026/27&halfTerm=AUTUMN_2").then().statusCode(200)
                .body("id", hasItem(groupId));
    }

    @Test
    void onlyMembersAttendAndSessionsAreNotInTheFuture() {
        String member = CaseFixtures.allocatedTo("practitioner1");
        String outsider = CaseFixtures.allocatedTo("practitioner1");
        String groupId = create("practitioner1", group("Children's group", "2026/27")).extract().path("id");
        addMember("practitioner1", groupId, member).statusCode(200);

        session(groupId, Map.of("heldOn", TODAY, "attended", List.of(member, outsider))).statusCode(400)
                .body("errors[0].field", equalTo("attended[1]"));
        session(groupId, Map.of("heldOn", LocalDate.now().plusDays(1).toString(), "attended", List.of()))
                .statusCode(400).body("errors[0].field", equalTo("heldOn"));
        as("practitioner1").get("/api/v1/groups/" + groupId).then().body("sessions", hasSize(0));
    }

    @Test
    void aBadGroupIsRefusedWithTheFieldToFix() {
        create("practitioner1", group("Parents", "2026/28")).statusCode(400)
                .body("errors[0].field", equalTo("schoolYear"));
        create("practitioner1", group("Parents", "26/27")).statusCode(400)
                .body("errors[0].field", equalTo("schoolYear"));
        Map<String, Object> noArea = Map.of("name", "Parents", "kind", "PARENT", "areaId",
                "00000000-0000-0000-0000-000000000000", "schoolYear", "2026/27", "halfTerm", "AUTUMN_2");
        create("practitioner1", noArea).statusCode(400).body("errors[0].field", equalTo("areaId"));
        create("senco1", group("Parents", "2026/27")).statusCode(403);
        as("senior1").get("/api/v1/groups?halfTerm=WINTER").then().statusCode(400)
                .body("errors[0].field", equalTo("halfTerm"));
        as("senior1").get("/api/v1/groups?schoolYear=2026").then().statusCode(400)
                .body("errors[0].field", equalTo("schoolYear"));
        as("senior1").get("/api/v1/groups?areaId=Pontefract").then().statusCode(400)
                .body("errors[0].field", equalTo("areaId"));
        as("senior1").get("/api/v1/groups").then().statusCode(200).body("name", not(hasItem("Parents")));
    }

    private static Map<String, Object> group(String name, String schoolYear) {
        String areaId = as("senior1").get("/api/v1/areas/Pontefract").then().statusCode(200).extract().path("id");
        return Map.of("name", name, "kind", "PARENT", "areaId", areaId, "schoolYear", schoolYear,
                "halfTerm", "AUTUMN_2");
    }

    private static ValidatableResponse create(String username, Map<String, Object> body) {
        return as(username).contentType(ContentType.JSON).body(body).post("/api/v1/groups").then();
    }

    private static ValidatableResponse addMember(String username, String groupId, String caseId) {
        return as(username).contentType(ContentType.JSON).body(Map.of("caseId", caseId))
                .post("/api/v1/groups/" + groupId + "/members").then();
    }

    private static ValidatableResponse session(String groupId, Map<String, Object> body) {
        return as("practitioner1").contentType(ContentType.JSON).body(body)
                .post("/api/v1/groups/" + groupId + "/sessions").then();
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username));
    }
}
