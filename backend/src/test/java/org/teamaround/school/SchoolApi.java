package org.teamaround.school;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.teamaround.support.KeycloakTokens;

/** The schools and areas endpoints called as named demo users with real tokens: the tests' vocabulary. */
final class SchoolApi {

    static final String SCHOOLS = "/api/v1/schools";
    static final String AREAS = "/api/v1/areas";
    static final String HEADER = "urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent\n";

    private SchoolApi() {}

    /** A URN no school has yet (9xxxxx), so each run of the suite against the same database makes its own. */
    static String freshUrn() {
        while (true) {
            String urn = String.valueOf(ThreadLocalRandom.current().nextInt(900_000, 1_000_000));
            if (get("admin1", urn).extract().statusCode() == 404) {
                return urn;
            }
        }
    }

    static ValidatableResponse importCsv(String user, String csv) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType("text/csv").body(csv)
                .when().post(SCHOOLS + "/import").then();
    }

    static ValidatableResponse get(String user, String urn) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).when().get(SCHOOLS + "/" + urn).then();
    }

    static ValidatableResponse list(String user, Map<String, ?> query) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).queryParams(query).when().get(SCHOOLS).then();
    }

    static long total(String user) {
        return list(user, Map.of("size", 1)).statusCode(200).extract().<Number>path("total").longValue();
    }

    static ValidatableResponse create(String user, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post(SCHOOLS).then();
    }

    static ValidatableResponse update(String user, String urn, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().put(SCHOOLS + "/" + urn).then();
    }

    static Map<String, Object> school(String urn, String name, String area, Object... extra) {
        Map<String, Object> body = new HashMap<>(Map.of("urn", urn, "name", name, "area", area, "phase", "PRIMARY",
                "vulnerability", Map.of("senPercent", 18.5, "lookedAfter", 4)));
        for (int i = 0; i < extra.length; i += 2) {
            body.put((String) extra[i], extra[i + 1]);
        }
        return body;
    }

    static ValidatableResponse configChanges(String user, Map<String, ?> query) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).queryParams(query)
                .when().get("/api/v1/config-changes").then();
    }
}
