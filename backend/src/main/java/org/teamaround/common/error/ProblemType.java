package org.teamaround.common.error;

import jakarta.ws.rs.core.Response;

/** The kinds of problem the API reports, each with its stable type URI and title. */
public enum ProblemType {
    BAD_REQUEST("bad-request", "The request is not valid", 400),
    VALIDATION("validation", "The request has invalid fields", 400),
    UNAUTHORIZED("unauthorized", "Sign-in is required", 401),
    FORBIDDEN("forbidden", "You may not do this", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    INTERNAL("internal", "Something went wrong on our side", 500),
    UNAVAILABLE("unavailable", "The service is unavailable", 503);

    static final String BASE = "https://teamaround.example/problems/";

    final String uri;
    final String title;
    final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = BASE + slug;
        this.title = title;
        this.status = status;
    }

    /** The type that fits an HTTP status the framework chose (e.g. a 405 from routing). */
    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }

    Response.Status httpStatus() {
        return Response.Status.fromStatusCode(status);
    }
}
