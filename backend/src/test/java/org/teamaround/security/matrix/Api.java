package org.teamaround.security.matrix;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.teamaround.support.KeycloakTokens;

/** The calls that set up a {@link World}, made as the demo user (or partner system) who would make them. */
final class Api {

    private Api() {}

    static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username)).contentType(ContentType.JSON);
    }

    static RequestSpecification asPartnerSystem() {
        return given().auth().oauth2(Caller.PARTNER_API.token().orElseThrow()).contentType(ContentType.JSON);
    }

    /** Posts a new record that must be created (201) and answers its id. */
    static String created(RequestSpecification caller, String path, Object body) {
        return caller.body(body).post(path).then().statusCode(201).extract().path("id");
    }

    /** Posts a step (with a body, or none) that must succeed with this status. */
    static void done(RequestSpecification caller, String path, Object body, int status) {
        (body == null ? caller : caller.body(body)).post(path).then().statusCode(status);
    }

    /** The version of a record as the user reads it: what a change must send back. */
    static long version(String username, String path) {
        return as(username).get(path).then().statusCode(200).extract().<Number>path("version").longValue();
    }
}
