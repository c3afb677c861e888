package org.teamaround.security.matrix;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends a {@link Call} as a caller, as the matrix and the fuzz suite do: no redirects followed, the body as given, and
 * a connection of its own (the server closes one after refusing an oversized body; a reused one would fail to write).
 */
public final class Requests {

    private Requests() {}

    /** A path with `%` is sent as written (already encoded, e.g. a fuzzed `%00`); any other is encoded. */
    public static Response send(String method, Call call, Caller caller) {
        RequestSpecification request = given().redirects().follow(false).urlEncodingEnabled(!call.path().contains("%"))
                .header("Connection", "close");
        caller.token().ifPresent(token -> request.auth().oauth2(token));
        if (call.query() != null) {
            request.queryParams(call.query());
        }
        if (call.body() != null) {
            request.contentType(call.contentType() != null ? call.contentType() : ContentType.JSON.toString())
                    .body(call.body());
        }
        if (call.accept() != null) {
            request.accept(call.accept());
        }
        return request.request(method, call.path());
    }
}
