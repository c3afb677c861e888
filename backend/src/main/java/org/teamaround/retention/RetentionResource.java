package org.teamaround.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.Roles;
import org.teamaround.retention.RetentionRecords.Erasure;
import org.teamaround.retention.RetentionRecords.Hold;
import org.teamaround.retention.RetentionRecords.ReviewView;
import org.teamaround.retention.RetentionRecords.SweepView;

/** Retention: family records past their retention date, reviewed by a senior before they are erased. */
@Path("/api/v1/retention")
@Tag(name = "Retention", description = "Ended family records past their retention date: review, erase or hold")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SENIOR)
public class RetentionResource {

    @Inject
    RetentionReviews reviews;

    @GET
    @Path("/reviews")
    @Operation(operationId = "listRetentionReviews", summary = "Records in one retention state, earliest due first",
            description = "DUE: marked by the sweep, awaiting a senior; HELD: kept longer; ERASED: the tombstones.")
    @APIResponse(responseCode = "200", description = "A page of records",
            content = @Content(schema = @Schema(implementation = RetentionRecords.Page.class)))
    public RetentionRecords.Page list(@QueryParam("state") @DefaultValue("DUE") RetentionReview.State state,
            @Valid @BeanParam PageRequest paging) {
        return reviews.list(state, paging);
    }

    @POST
    @Path("/sweeps")
    @Operation(operationId = "sweepRetention", summary = "Mark records past their retention date now",
            description = "What the nightly job does (teamaround.retention.sweep-cron); ran is false when another "
                    + "instance was sweeping.")
    @APIResponse(responseCode = "200", description = "What the sweep did",
            content = @Content(schema = @Schema(implementation = SweepView.class)))
    public SweepView sweep() {
        return reviews.sweepNow();
    }

    @POST
    @Path("/reviews/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "eraseFamilyRecord", summary = "Confirm: erase the family's personal data",
            description = "Names, dates of birth, identifiers and free text go; an anonymised tombstone stays for "
                    + "the reports, and the audit trail keeps that it was erased. 409 when not DUE or the case was "
                    + "reopened; a stale version is 409 with currentVersion.")
    @APIResponse(responseCode = "200", description = "The review, ERASED",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReviewView erase(@PathParam("id") UUID id, @Valid @NotNull Erasure erasure) {
        return reviews.erase(id, erasure.version());
    }

    @POST
    @Path("/reviews/{id}/hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "holdFamilyRecord", summary = "Keep the record until a later day, with the reason",
            description = "409 when not DUE; a stale version is 409 with currentVersion.")
    @APIResponse(responseCode = "200", description = "The review, HELD",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReviewView hold(@PathParam("id") UUID id, @Valid @NotNull Hold hold) {
        return reviews.hold(id, hold);
    }
}
