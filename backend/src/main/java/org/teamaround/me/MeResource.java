package org.teamaround.me;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.security.Roles;

/** Tells the caller who the service thinks they are: the SPA's home page and a partner system's smoke test. */
@Path("/api/v1/me")
@Tag(name = "Me", description = "The signed-in caller")
public class MeResource {

    @Inject
    MeService meService;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REFERRER, Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "getMe", summary = "The signed-in caller: id, name, roles and organisation")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Me.class)))
    public Me me() {
        return meService.current();
    }
}
