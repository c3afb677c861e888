package org.teamaround.casework.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.support.KeycloakTokens;

/** The holistic family assessment: drafts saved with a version check, completed when whole, every version kept. */
@QuarkusTest
class AssessmentTest {

    private static final List<String> SECTIONS = List.of("childNeeds", "parentingCapacity", "familyEnvironment",
            "strengths", "risks", "wishesAndFeelings", "aspirations", "schoolInput", "familyNetwork");

    @Test
    void aDraftIsSavedThenCompletedAndEveryVersionIsKept() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        assessment("practitioner1", caseId).statusCode(404);

        save("practitioner1", caseId, null, Map.of("childNeeds", "Dysregulated at transitions")).statusCode(200)
                .body("state", equalTo("DRAFT")).body("version", equalTo(0))
                .body("sections.childNeeds", equalTo("Dysregulated at transitions"))
                .body("updatedBy", equalTo("Priya Shah"));
        save("practitioner1", caseId, 0, whole()).statusCode(200).body("version", equalTo(1));
        complete("practitioner1", caseId, 1).statusCode(200)
                .body("state", equalTo("COMPLETED")).body("completedBy", equalTo("Priya Shah"));

        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get(path(caseId) + "/versions").then()
                .statusCode(200).body("", hasSize(3))
                .body("number", equalTo(List.of(3, 2, 1)))
                .body("state", equalTo(List.of("COMPLETED", "DRAFT", "DRAFT")))
                .body("[2].content.childNeeds", equalTo("Dysregulated at transitions"))
                .body("[2].content.risks", nullValue());
        save("practitioner1", caseId, 2, whole()).statusCode(409).body("currentState", equalTo("COMPLETED"));
    }

    @Test
    void completingNamesEveryEmptySection() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        save("practitioner1", caseId, null, Map.of("childNeeds", "Anxiety", "risks", "  ")).statusCode(200);
        complete("practitioner1", caseId, 0).statusCode(422)
                .body("errors", hasSize(8))
                .body("errors.field", hasItem("sections.risks"))
                .body("errors.field", hasItem("sections.familyNetwork"));
        assessment("practitioner1", caseId).body("state", equalTo("DRAFT"));
    }

    @Test
    void aStaleSaveIsRefusedAndLosesNothing() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        save("practitioner1", caseId, null, Map.of("strengths", "Loving grandparents nearby")).statusCode(200);
        save("senior1", caseId, 0, Map.of("strengths", "Grandparents; a supportive class teacher")).statusCode(200);
        save("practitioner1", caseId, 0, Map.of("strengths", "Overwritten?")).statusCode(409)
                .body("currentVersion", equalTo(1));
        assessment("practitioner1", caseId).statusCode(200)
                .body("sections.strengths", equalTo("Grandparents; a supportive class teacher"));
        save("practitioner1", caseId, null, Map.of("strengths", "Second draft?")).statusCode(409);
    }

    @Test
    void onlyTheCasesPractitionerOrASeniorSeesIt() {
        String caseId = CaseFixtures.allocatedTo("practitioner1");
        save("practitioner1", caseId, null, Map.of("risks", "None known")).statusCode(200);
        assessment("practitioner2", caseId).statusCode(404);
        save("practitioner2", caseId, 0, Map.of("risks", "x")).statusCode(404);
        for (String user : List.of("senco1", "partner1", "admin1")) {
            assessment(user, caseId).statusCode(403);
        }
        assessment("senior1", caseId).statusCode(200);
        Map<String, Object> tooLong = new HashMap<>(Map.of("risks", "x".repeat(20001)));
        save("practitioner1", caseId, 0, tooLong).statusCode(400).body("errors[0].field", equalTo("sections.risks"));
    }

    private static Map<String, Object> whole() {
        Map<String, Object> sections = new HashMap<>();
        SECTIONS.forEach(name -> sections.put(name, "What we found about " + name));
        return sections;
    }

    private static String path(String caseId) {
        return "/api/v1/cases/" + caseId + "/assessment";
    }

    private static ValidatableResponse assessment(String user, String caseId) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).get(path(caseId)).then();
    }

    private static ValidatableResponse save(String user, String caseId, Integer version, Map<String, ?> sections) {
        Map<String, Object> body = new HashMap<>(Map.of("sections", sections));
        if (version != null) {
            body.put("version", version);
        }
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .put(path(caseId)).then();
    }

    private static ValidatableResponse complete(String user, String caseId, int version) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("version", version)).post(path(caseId) + "/complete").then();
    }
}
