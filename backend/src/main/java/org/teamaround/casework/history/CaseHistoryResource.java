package org.teamaround.casework.history;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.casework.history.CaseHistory.CaseEvent;
import org.teamaround.common.security.Roles;

/** A case's history for its practitioner and the seniors. */
@Path("/api/v1/cases/{id}/history")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
public class CaseHistoryResource {

    @Inject
    CaseHistory history;

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "getCaseHistory", summary = "Every recorded step on the case, latest first")
    @APIResponse(responseCode = "200", description = "The case's history")
    public List<CaseEvent> get(@PathParam("id") UUID caseId) {
        return history.of(caseId);
    }
}
