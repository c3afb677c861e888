package org.teamaround.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses, so every error leaves the API in the same shape. */
public final class Problems {

    private Problems() {}

    public static Problem of(ProblemType type, String detail) {
        return of(type, detail, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri, type.title, type.status, detail, errors);
    }

    public static Response response(ProblemType type, String detail) {
        return response(of(type, detail));
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }
}
