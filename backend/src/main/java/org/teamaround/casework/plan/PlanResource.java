package org.teamaround.casework.plan;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.casework.history.RecordVersions;
import org.teamaround.casework.plan.PlanRecords.InterventionView;
import org.teamaround.casework.plan.PlanRecords.PlanRequest;
import org.teamaround.casework.plan.PlanRecords.PlanView;
import org.teamaround.common.security.Roles;

/** A case's support plan, and the interventions a plan can use. */
@Path("/api/v1")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    Plans plans;

    @GET
    @Path("/cases/{id}/plan")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER})
    @Operation(operationId = "getPlan", summary = "The case's support plan (404 until one is written)",
            description = "A partner reads it while invited to the case.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public PlanView get(@PathParam("id") UUID caseId) {
        return plans.get(caseId);
    }

    @PUT
    @Path("/cases/{id}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "savePlan", summary = "Save the whole support plan (every save is a version kept)",
            description = "Send the version read; a stale one is 409 with currentVersion.")
    @APIResponse(responseCode = "200", description = "The plan as saved",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PlanView save(@PathParam("id") UUID caseId, @Valid @NotNull PlanRequest request) {
        return plans.save(caseId, request);
    }

    @GET
    @Path("/cases/{id}/plan/versions")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listPlanVersions", summary = "Every saved version of the plan, latest first")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<RecordVersions.View> versions(@PathParam("id") UUID caseId) {
        return plans.versions(caseId);
    }

    @GET
    @Path("/interventions")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR, Roles.ADMIN})
    @Operation(operationId = "listInterventions", summary = "The interventions a plan can use, in the service's order")
    @APIResponse(responseCode = "200", description = "The interventions")
    public List<InterventionView> interventions() {
        return plans.interventions();
    }
}
