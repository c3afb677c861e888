package org.teamaround.casework.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.support.KeycloakTokens;

/** The support plan: SMART actions and interventions, saved whole with a version check, every version kept. */
@QuarkusTest
class PlanTest {

    private static final String IN_A_MONTH = LocalDate.now().plusMonths(1).toString();

    @Test
    void aPlanIsWrittenThenChangedAndEveryVersionIsKept() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        plan("practitioner1", caseId).statusCode(404);

        List<String> ids = save("practitioner1", caseId, null, List.of(
                action(null, "Visual timetable for mornings", "FAMILY", null, "NOT_STARTED"),
                action(null, "CAMHS consultation for the school", "PARTNER", "CAMHS", "NOT_STARTED")),
                List.of("PACE", "PARENTING_PROGRAMME")).statusCode(200)
                .body("version", equalTo(0))
                .body("actions.who", equalTo(List.of("FAMILY", "PARTNER")))
                .body("actions[1].partnerAgency", equalTo("CAMHS"))
                .body("interventions.code", equalTo(List.of("PACE", "PARENTING_PROGRAMME")))
                .body("updatedBy", equalTo("Priya Shah"))
                .extract().path("actions.id");

        save("practitioner1", caseId, 0, List.of(
                action(ids.get(0), "Visual timetable for mornings", "FAMILY", null, "DONE"),
                action(null, "Calm space at school", "SCHOOL", null, "IN_PROGRESS")),
                List.of("PACE")).statusCode(200)
                .body("version", equalTo(1))
                .body("actions[0].id", equalTo(ids.get(0)))
                .body("actions[0].status", equalTo("DONE"))
                .body("actions.what", equalTo(List.of("Visual timetable for mornings", "Calm space at school")))
                .body("interventions", hasSize(1));

        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get(path(caseId) + "/versions").then()
                .statusCode(200).body("number", equalTo(List.of(2, 1)))
                .body("[1].content.actions[1].partnerAgency", equalTo("CAMHS"))
                .body("[1].content.interventions", equalTo(List.of("PACE", "PARENTING_PROGRAMME")))
                .body("[0].content.actions[0].status", equalTo("DONE"));
        save("senior1", caseId, 0, List.of(), List.of()).statusCode(409).body("currentVersion", equalTo(1));
        plan("practitioner1", caseId).body("actions", hasSize(2));
    }

    @Test
    void eachBadActionIsNamedAndNothingIsSaved() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        save("practitioner1", caseId, null, List.of(
                action(null, "Therapy", "PARTNER", null, "NOT_STARTED"),
                action("7b0c3a52-0000-4000-8000-000000000000", "Unknown", "SCHOOL", null, "NOT_STARTED"),
                withDate(action(null, "Back-dated", "FAMILY", null, "DONE"), LocalDate.now().minusDays(3))),
                List.of("ASTROLOGY")).statusCode(400)
                .body("errors.field", hasItem("actions[0].partnerAgency"))
                .body("errors.field", hasItem("actions[1].id"))
                .body("errors.field", hasItem("actions[2].byWhen"))
                .body("errors.field", hasItem("interventions[0]"));
        save("practitioner1", caseId, null, List.of(action(null, " ", "FAMILY", null, "DONE")), List.of())
                .statusCode(400).body("errors[0].field", equalTo("actions[0].what"));
        save("practitioner1", caseId, null, List.of(action(null, "Sleep routine", "NEIGHBOUR", null, "DONE")), List.of())
                .statusCode(400);
        plan("practitioner1", caseId).statusCode(404);
    }

    @Test
    void onlyTheCasesPractitionerOrASeniorWritesIt() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        save("practitioner2", caseId, null, List.of(), List.of()).statusCode(404);
        for (String user : List.of("senco1", "partner1", "admin1")) {
            save(user, caseId, null, List.of(), List.of()).statusCode(403);
        }
        save("senior1", caseId, null, List.of(), List.of("DIRECT_WORK")).statusCode(200);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/interventions").then()
                .statusCode(200).body("code", hasItem("RESPECT_RESTORE_REBUILD"));
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/interventions").then().statusCode(403);
    }

    private static Map<String, Object> action(String id, String what, String who, String agency, String status) {
        Map<String, Object> action = new HashMap<>(Map.of("what", what, "who", who, "byWhen", IN_A_MONTH, "status", status));
        if (id != null) {
            action.put("id", id);
        }
        if (agency != null) {
            action.put("partnerAgency", agency);
        }
        return action;
    }

    private static Map<String, Object> withDate(Map<String, Object> action, LocalDate byWhen) {
        action.put("byWhen", byWhen.toString());
        return action;
    }

    private static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/plan";
    }

    private static ValidatableResponse plan(String user, String caseId) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).get(path(caseId)).then();
    }

    private static ValidatableResponse save(String user, String caseId, Integer version, List<Map<String, Object>> actions,
            List<String> interventions) {
        Map<String, Object> body = new HashMap<>(Map.of("actions", actions, "interventions", interventions));
        if (version != null) {
            body.put("version", version);
        }
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .put(path(caseId)).then();
    }
}
