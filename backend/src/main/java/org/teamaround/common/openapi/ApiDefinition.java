package org.teamaround.common.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.teamaround.common.error.Problem;

/** The contract's title and the problem responses every operation refers to by name (e.g. `ref = "NotFound"`). */
@OpenAPIDefinition(
        info = @Info(title = "TeamAround API", version = "1.0.0",
                description = "Case management for SEMH early intervention services: referral, triage, allocation, "
                        + "case work, reviews and reports."),
        components = @Components(responses = {
            @APIResponse(name = "BadRequest", responseCode = "400",
                    description = "The request is malformed or has invalid fields (each listed in errors)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Unauthorized", responseCode = "401",
                    description = "No token, or a token that is expired, malformed or not from our realm",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Forbidden", responseCode = "403", description = "The caller's role may never do this",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "NotFound", responseCode = "404",
                    description = "No such record, or one outside the caller's scope",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Conflict", responseCode = "409",
                    description = "A stale version (with currentVersion) or a move the state does not allow "
                            + "(with currentState and allowedActions)",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "TooLarge", responseCode = "413", description = "The request body is over 1 MiB",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "TooManyRequests", responseCode = "429",
                    description = "A partner system over its request rate: try again after Retry-After seconds",
                    headers = @Header(name = "Retry-After", description = "Seconds to wait",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = "Unprocessable", responseCode = "422",
                    description = "Well formed but not possible: required information missing (each listed in errors) "
                            + "or an Idempotency-Key reused with another request",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class ApiDefinition extends Application {}
