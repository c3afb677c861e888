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
    STATE_CONFLICT("state-conflict", "Not possible in the record's current state", 409),
    STALE_VERSION("stale-version", "The record has changed since you read it", 409),
    INCOMPLETE("incomplete", "Some required information is missing", 422),
    IDEMPOTENCY_MISMATCH("idempotency-key-reused", "The Idempotency-Key was used with another request", 422),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Something went wrong on our side", 500),
    UNAVAILABLE("unavailable", "The service is unavailable", 503);

    static final String BASE = "https://teamaround.example/problems/";

    final String uri;
    final boolean generic;
    final String title;
    final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = BASE + slug;
        this.title = title;
        this.status = status;
        this.generic = slug.equals(slugOf(status));
    }

    /** The slug of the one generic type per HTTP status, the one the framework's own errors map to. */
    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> "internal";
        };
    }

    /** The type that fits an HTTP status the framework chose (e.g. a 405 from routing). */
    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.generic) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }

    Response.Status httpStatus() {
        return Response.Status.fromStatusCode(status);
    }
}
