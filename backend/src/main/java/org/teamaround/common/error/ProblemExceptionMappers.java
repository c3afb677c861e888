package org.teamaround.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.teamaround.common.audit.FunctionRefusals;

/** Turns every failure that reaches the REST layer into problem+json, without class names or stack traces. */
class ProblemExceptionMappers {

    @Inject
    FunctionRefusals refusals;

    @ServerExceptionMapper
    Response api(ApiException e) {
        return Problems.response(e.problem());
    }

    @ServerExceptionMapper
    Response optimisticLock(jakarta.persistence.OptimisticLockException e) {
        return Problems.response(ProblemType.STALE_VERSION,
                "Someone else changed this record at the same time. Reload it and apply your change again.");
    }

    @ServerExceptionMapper
    Response concurrentChange(org.hibernate.exception.ConstraintViolationException e) {
        Log.debugf("Constraint %s refused a write", e.getConstraintName());
        return Problems.response(ProblemType.CONFLICT,
                "This conflicts with a change made at the same time. Reload and try again.");
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body in a media type this address accepts (see the API contract).";
            case NOT_ACCEPTABLE -> "This address cannot answer in the media type asked for.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than 1 MiB.";
            default -> status >= 500 ? "Please try again later." : "The request could not be read.";
        };
        return Problems.response(new Problem(type.uri, type.title, status, detail, List.of()));
    }

    @ServerExceptionMapper
    Response unknownField(UnrecognizedPropertyException e) {
        return Problems.response(Problems.of(ProblemType.VALIDATION, "The request has a field this API does not know.",
                List.of(new Problem.FieldError(jsonPath(e), "is not a known field"))));
    }

    @ServerExceptionMapper
    Response wrongType(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return unreadableJson(e);
        }
        return Problems.response(Problems.of(ProblemType.VALIDATION, "A field has a value of the wrong type.",
                List.of(new Problem.FieldError(jsonPath(e), "has a value of the wrong type"))));
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e) {
        return Problems.response(ProblemType.BAD_REQUEST, "The request body is not valid JSON.");
    }

    @ServerExceptionMapper
    Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.response(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.", errors));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    Response unauthorized() {
        return Problems.response(ProblemType.UNAUTHORIZED,
                "Send a valid access token from the TeamAround sign-in service as a Bearer token.");
    }

    @ServerExceptionMapper
    Response signInUnavailable(OIDCException e) {
        Log.warnf("Keycloak cannot be reached: %s", e.getMessage());
        return Problems.response(ProblemType.UNAVAILABLE,
                "The sign-in service cannot be reached to check your token. Please try again shortly.");
    }

    @ServerExceptionMapper
    Uni<Response> forbidden(ForbiddenException e) {
        return refusals.refused()
                .map(written -> Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this."));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    Response unexpected(Throwable e) {
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unhandled error, reference %s", reference);
        return Problems.response(ProblemType.INTERNAL, "Quote reference " + reference + " if you report this.");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** `child.firstName`, `siblings[1].dateOfBirth`: the request's own field path, without method or parameter names. */
    private static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return path.toString();
    }
}
