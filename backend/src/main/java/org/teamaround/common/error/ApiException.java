package org.teamaround.common.error;

/** A failure the API reports on purpose, carrying the problem details it answers with. */
public class ApiException extends RuntimeException {

    private final Problem problem;

    public ApiException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 404 for a record that does not exist or that the caller may not see: the two look the same. */
    public static ApiException notFound(String what) {
        return new ApiException(Problems.of(ProblemType.NOT_FOUND, "There is no " + what + " with this id."));
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.",
                java.util.List.of(new Problem.FieldError(field, message))));
    }

    /** A query parameter's id, null when absent, or a 400 naming `field` when it is not a UUID. */
    public static java.util.UUID uuid(String field, String text) {
        try {
            return text == null ? null : java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be a UUID");
        }
    }

    public static ApiException staleVersion(long currentVersion) {
        ProblemType type = ProblemType.STALE_VERSION;
        return new ApiException(new Problem(type.uri, type.title, type.status,
                "Someone else changed this record. Reload it and apply your change again.",
                java.util.List.of(), null, null, currentVersion));
    }

    /** 409 unless the version sent is the record's; a record not created yet (current null) takes none. */
    public static void checkVersion(Long sent, Long current) {
        if (!java.util.Objects.equals(sent, current)) {
            throw staleVersion(current == null ? 0 : current);
        }
    }

    /** 409 for a move the record's state does not allow, naming the state and what may be done instead. */
    public static ApiException stateConflict(String currentState, String detail, java.util.List<String> allowedActions) {
        ProblemType type = ProblemType.STATE_CONFLICT;
        return new ApiException(new Problem(type.uri, type.title, type.status, detail, java.util.List.of(),
                currentState, allowedActions, null));
    }

    /** 422 for a request that is well formed but lacks what the step needs, each missing field listed. */
    public static ApiException incomplete(String detail, java.util.List<Problem.FieldError> missing) {
        return new ApiException(Problems.of(ProblemType.INCOMPLETE, detail, missing));
    }

    public static ApiException idempotencyKeyReused() {
        return new ApiException(Problems.of(ProblemType.IDEMPOTENCY_MISMATCH,
                "This Idempotency-Key was already used with a different request body."));
    }
}
