package org.teamaround.casework.quality;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.casework.quality.QualityRecords.CaseAuditView;
import org.teamaround.casework.quality.QualityRecords.CycleRequest;
import org.teamaround.casework.quality.QualityRecords.CycleView;
import org.teamaround.casework.quality.QualityRecords.Grading;
import org.teamaround.common.security.Roles;

/** Case audits: cycles of sampled open cases, graded by seniors; practitioners read their cases' grades. */
@Path("/api/v1")
@Tag(name = "Case audits", description = "Seniors' 6-weekly quality audits of sampled cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseAuditResource {

    @Inject
    CaseAudits audits;

    @POST
    @Path("/audit-cycles")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "startAuditCycle", summary = "Start an audit cycle: sample open cases at random",
            description = "The sample size defaults to the service's (teamaround.audit.sample-size); 409 when no "
                    + "case is open.")
    @APIResponse(responseCode = "201", description = "The cycle with its sampled cases",
            content = @Content(schema = @Schema(implementation = CycleView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response start(@Valid CycleRequest request) {
        CycleView cycle = audits.start(request == null ? null : request.sampleSize());
        return Response.status(Response.Status.CREATED).entity(cycle).build();
    }

    @GET
    @Path("/audit-cycles")
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "listAuditCycles", summary = "Audit cycles, latest first")
    @APIResponse(responseCode = "200", description = "The cycles")
    public List<CycleView> cycles() {
        return audits.cycles();
    }

    @GET
    @Path("/audit-cycles/{id}")
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "getAuditCycle", summary = "An audit cycle with its sampled cases")
    @APIResponse(responseCode = "200", description = "The cycle",
            content = @Content(schema = @Schema(implementation = CycleView.class)))
    public CycleView cycle(@PathParam("id") UUID id) {
        return audits.cycle(id);
    }

    @PUT
    @Path("/case-audits/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "gradeCaseAudit", summary = "Grade a sampled case with findings and actions",
            description = "Send the version read; a stale one is 409 with currentVersion.")
    @APIResponse(responseCode = "200", description = "The audit as graded",
            content = @Content(schema = @Schema(implementation = CaseAuditView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public CaseAuditView grade(@PathParam("id") UUID id, @Valid @NotNull Grading grading) {
        return audits.grade(id, grading);
    }

    @GET
    @Path("/cases/{id}/audits")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listCaseAudits", summary = "The case's graded audits, latest first")
    @APIResponse(responseCode = "200", description = "The audits")
    public List<CaseAuditView> ofCase(@PathParam("id") UUID caseId) {
        return audits.ofCase(caseId);
    }
}
