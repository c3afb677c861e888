package org.teamaround.allocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** Admins set a practitioner's capacity and area; each change is in the configuration history. */
@QuarkusTest
class PractitionerSettingsTest {

    private static final String PRACTITIONERS = "/api/v1/practitioners";

    @Test
    void anAdminChangesCapacityAndAreaAndTheHistoryShowsOldAndNew() {
        String id = AllocationTest.practitionerId("practitioner2");
        Map<String, Object> before = read(id);
        int version = ((Number) before.get("version")).intValue();
        try {
            update("admin1", id, body(7, "Airedale", version)).statusCode(200)
                    .body("capacity", equalTo(7)).body("area", equalTo("Airedale")).body("version", equalTo(version + 1));
            given().auth().oauth2(KeycloakTokens.forUser("senior1")).get(PRACTITIONERS).then()
                    .body("find { it.id == '" + id + "' }.capacity", equalTo(7));
            given().auth().oauth2(KeycloakTokens.forUser("admin1"))
                    .queryParams(Map.of("entity", "PRACTITIONER", "key", "practitioner2")).get("/api/v1/config-changes")
                    .then().statusCode(200)
                    .body("items.find { it.field == 'capacity' }.oldValue", equalTo(String.valueOf(before.get("capacity"))))
                    .body("items.find { it.field == 'capacity' }.newValue", equalTo("7"))
                    .body("items.find { it.field == 'area' }.newValue", equalTo("Airedale"))
                    .body("items.username", hasItem("admin1"));
            update("admin1", id, body(9, "Airedale", version)).statusCode(409).body("currentVersion", equalTo(version + 1));
        } finally {
            update("admin1", id, body((Integer) before.get("capacity"), (String) before.get("area"), version + 1))
                    .statusCode(200);
        }
    }

    @Test
    void badSettingsAreRefusedWithTheFieldNamed() {
        String id = AllocationTest.practitionerId("practitioner2");
        int version = ((Number) read(id).get("version")).intValue();
        update("admin1", id, body(12, "Atlantis", version)).statusCode(400).body("errors[0].field", equalTo("area"));
        update("admin1", id, body(201, null, version)).statusCode(400).body("errors[0].field", equalTo("capacity"));
        update("admin1", id, body(-1, null, version)).statusCode(400).body("errors[0].field", equalTo("capacity"));
        update("admin1", "no-such-practitioner", body(12, null, 0)).statusCode(404);
    }

    @Test
    void onlyAdminsChangeSettings() {
        String id = AllocationTest.practitionerId("practitioner2");
        for (String user : List.of("senior1", "practitioner2", "senco1", "partner1")) {
            update(user, id, body(50, null, 0)).statusCode(403);
        }
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get(PRACTITIONERS).then().statusCode(403);
    }

    private static Map<String, Object> read(String id) {
        return given().auth().oauth2(KeycloakTokens.forUser("admin1")).get(PRACTITIONERS).then().statusCode(200)
                .extract().path("find { it.id == '" + id + "' }");
    }

    private static Map<String, Object> body(Integer capacity, String area, int version) {
        Map<String, Object> body = new HashMap<>(Map.of("capacity", capacity, "version", version));
        if (area != null) {
            body.put("area", area);
        }
        return body;
    }

    private static ValidatableResponse update(String user, String id, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .put(PRACTITIONERS + "/" + id).then();
    }
}
