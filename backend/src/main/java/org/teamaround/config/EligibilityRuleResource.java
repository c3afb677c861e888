package org.teamaround.config;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.Roles;
import org.teamaround.config.EligibilityRuleRecords.Update;
import org.teamaround.config.EligibilityRuleRecords.View;

/** The eligibility rules the panel sees checked: admins switch them on or off and set the age range. */
@Path("/api/v1/eligibility-rules")
@Tag(name = "Configuration", description = "The service's settings and their history")
@Produces(MediaType.APPLICATION_JSON)
public class EligibilityRuleResource {

    @Inject
    EligibilityRules rules;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SENIOR})
    @Operation(operationId = "listEligibilityRules", summary = "The eligibility rules, by code, enabled or not")
    @APIResponse(responseCode = "200", description = "The rules")
    public List<View> list() {
        return rules.list();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateEligibilityRule", summary = "Switch a rule on or off, or change the age range",
            description = "Send the version you read; a stale version is 409. Every change is kept in the "
                    + "configuration history.")
    @APIResponse(responseCode = "200", description = "The rule as changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public View update(@PathParam("code") String code, @Valid @NotNull Update request) {
        return rules.update(code, request).orElseThrow(() -> ApiException.notFound("eligibility rule"));
    }
}
