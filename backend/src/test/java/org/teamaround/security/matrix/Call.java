package org.teamaround.security.matrix;

import java.util.Map;

/**
 * One concrete request of an operation, as a recipe builds it and the matrix runner sends it: the path with its ids,
 * a body (a Map sent as JSON, or text with its own content type), query parameters and what to accept (null: JSON).
 */
public record Call(String path, Object body, Map<String, ?> query, String accept, String contentType) {

    static final String CSV = "text/csv";

    /** A request with no body and no query, answered as JSON. */
    public static Call to(String path) {
        return new Call(path, null, null, null, null);
    }

    public Call withBody(Object json) {
        return new Call(path, json, query, accept, contentType);
    }

    public Call withQuery(Map<String, ?> parameters) {
        return new Call(path, body, parameters, accept, contentType);
    }

    /** A CSV file as the body (the schools import reads text/csv, not JSON). */
    public Call withCsv(String csv) {
        return new Call(path, csv, query, accept, CSV);
    }
}
