package org.teamaround.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.Roles;

/** Who read or changed a child's record, and what was refused: the audit trail, for seniors. */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only record of every access to children's records")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "searchAudit", summary = "The audit trail, newest first",
            description = "Filter by records (`recordId`, repeated for a child's referral and case), by who acted (`userId`) and by days (`from`, `to`, "
                    + "Europe/London, both included). Reading the trail is itself audited.")
    @APIResponse(responseCode = "200", description = "A page of audit entries",
            content = @Content(schema = @Schema(implementation = AuditRecords.Page.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public AuditRecords.Page search(@Valid @BeanParam AuditQuery query, @Valid @BeanParam PageRequest paging) {
        return trail.search(query, paging);
    }
}
