package org.teamaround.casework.closure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.teamaround.casework.closure.ClosureRecords.ClosureRequest;
import org.teamaround.casework.closure.ClosureRecords.ClosureView;
import org.teamaround.casework.closure.ClosureRecords.ReopenRequest;
import org.teamaround.common.security.Roles;

/** Closing a case with its outcomes, and reading how it closed. */
@Path("/api/v1")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
public class ClosureResource {

    @Inject
    Closures closures;

    @POST
    @Path("/cases/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeCase", summary = "Close the case with its reason, outcomes and feedback",
            description = "OUTCOMES_ACHIEVED, STEPPED_UP and STEPPED_DOWN follow a review that decided CLOSE, "
                    + "STEP_UP or STEP_DOWN (409 otherwise), unless a senior closes; DISENGAGED, MOVED_AWAY and OTHER "
                    + "may close at any time.")
    @APIResponse(responseCode = "200", description = "How the case closed",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ClosureView close(@PathParam("id") UUID caseId, @Valid @NotNull ClosureRequest request) {
        return closures.close(caseId, request);
    }

    @POST
    @Path("/cases/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "reopenCase", summary = "A senior reopens a closed case, with the reason",
            description = "The closure stays on the record, marked reopened. The case goes back to ACTIVE (its next "
                    + "review due one interval from today), or to ALLOCATED when the family was never contacted.")
    @APIResponse(responseCode = "200", description = "The closure, now marked reopened",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ClosureView reopen(@PathParam("id") UUID caseId, @Valid @NotNull ReopenRequest request) {
        return closures.reopen(caseId, request.reason());
    }

    @GET
    @Path("/cases/{id}/closures")
    @Operation(operationId = "listClosures", summary = "Every closure of the case, latest first, reopened ones included")
    @APIResponse(responseCode = "200", description = "The closures")
    public List<ClosureView> history(@PathParam("id") UUID caseId) {
        return closures.history(caseId);
    }

    @GET
    @Path("/cases/{id}/closure")
    @Operation(operationId = "getClosure", summary = "How the case closed (404 while open, also after a reopening)")
    @APIResponse(responseCode = "200", description = "The closure",
            content = @Content(schema = @Schema(implementation = ClosureView.class)))
    public ClosureView get(@PathParam("id") UUID caseId) {
        return closures.get(caseId);
    }
}
