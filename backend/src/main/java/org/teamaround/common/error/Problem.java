package org.teamaround.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: the one shape every error of the API takes. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(required = true, description = "A URI reference that identifies the problem type") String type,
        @Schema(required = true) String title,
        @Schema(required = true) int status,
        String detail,
        @Schema(description = "Field-level errors of a request that failed validation") List<FieldError> errors,
        @Schema(description = "On a refused state change: the record's current state") String currentState,
        @Schema(description = "On a refused state change: what may be done in the current state")
                List<String> allowedActions,
        @Schema(description = "On a stale update: the record's current version") Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null, null, null);
    }

    /** One invalid field: its path in the request (e.g. `child.dateOfBirth`) and what is wrong. */
    @Schema(name = "FieldError")
    public record FieldError(@Schema(required = true) String field, @Schema(required = true) String message) {}
}
