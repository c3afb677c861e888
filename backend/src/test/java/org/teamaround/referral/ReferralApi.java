package org.teamaround.referral;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.teamaround.support.KeycloakTokens;

/** The referral endpoints called as a named demo user with a real token: the tests' vocabulary. */
final class ReferralApi {

    static final String PATH = "/api/v1/referrals";

    private ReferralApi() {}

    static ValidatableResponse create(String user, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().post(PATH).then();
    }

    /** Creates a referral that must succeed, and answers its id. */
    static String created(String user, Map<String, Object> body) {
        return create(user, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse get(String user, String id) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).when().get(PATH + "/" + id).then();
    }

    static ValidatableResponse update(String user, String id, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().put(PATH + "/" + id).then();
    }

    static ValidatableResponse submit(String user, String id) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).when().post(PATH + "/" + id + "/submit").then();
    }

    static ValidatableResponse withdraw(String user, String id, String reason) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("reason", reason)).when().post(PATH + "/" + id + "/withdraw").then();
    }

    static ValidatableResponse list(String user, Map<String, ?> query) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).queryParams(query).when().get(PATH).then();
    }

    static long version(String user, String id) {
        return get(user, id).statusCode(200).extract().<Number>path("version").longValue();
    }
}
