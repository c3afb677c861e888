package org.teamaround.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** Every demo role signs in through the real test Keycloak and the backend reads who they are from the token. */
@QuarkusTest
class MeWithKeycloakTokensTest {

    @Test
    void sencoSeesTheirNameRoleAndSchool() {
        given().auth().oauth2(KeycloakTokens.forUser("senco1"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("senco1"))
                .body("name", equalTo("Sarah Cole"))
                .body("roles", contains("referrer"))
                .body("schoolUrn", equalTo("100001"))
                .body("schoolName", equalTo("Northgate Primary School"))
                .body("agency", nullValue());
    }

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource(nullValues = "-", value = {
        "senco2,        David Ahmed, referrer,                100002, Castleford Park Junior School, -,     -",
        "practitioner1, Priya Shah,  practitioner,            -,      -,                             -,     Pontefract",
        "practitioner2, Tom Walsh,   practitioner,            -,      -,                             -,     Castleford",
        "senior1,       Helen Moore, practitioner|senior,     -,      -,                             -,     Pontefract",
        "partner1,      Chris Green, partner,                 -,      -,                             CAMHS, -",
        "admin1,        Alex Morgan, admin,                   -,      -,                             -,     -",
    })
    void everyDemoUserIsRecognisedWithTheirRoleAndOrganisation(String username, String name, String roles,
            String schoolUrn, String schoolName, String agency, String area) {
        given().auth().oauth2(KeycloakTokens.forUser(username))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("roles", contains((Object[]) roles.split("\\|")))
                .body("schoolUrn", equalTo(schoolUrn))
                .body("schoolName", equalTo(schoolName))
                .body("agency", equalTo(agency))
                .body("area", equalTo(area));
    }

    @Test
    void partnerSystemIsRecognisedByItsServiceAccount() {
        given().auth().oauth2(KeycloakTokens.forPartnerSystem())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("partner-api"))
                .body("username", equalTo("service-account-partner-system"));
    }
}
