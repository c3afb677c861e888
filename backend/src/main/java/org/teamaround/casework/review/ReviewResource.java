package org.teamaround.casework.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.casework.review.ReviewRecords.DueView;
import org.teamaround.casework.review.ReviewRecords.ExtensionRequest;
import org.teamaround.casework.review.ReviewRecords.ReviewRequest;
import org.teamaround.casework.review.ReviewRecords.ReviewView;
import org.teamaround.casework.review.ReviewRecords.ScaleView;
import org.teamaround.common.security.Roles;

/** Team Around the Family reviews of a case, the overdue ones, extensions and the outcome scales. */
@Path("/api/v1")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    Reviews reviews;

    @POST
    @Path("/cases/{id}/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "recordReview", summary = "Record a TAF review of an ACTIVE case",
            description = "CONTINUE and EXTEND set the next review's due date; EXTEND waits for a senior's "
                    + "agreement (given at once when a senior records it). STEP_UP, STEP_DOWN and CLOSE end the reviews.")
    @APIResponse(responseCode = "201", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response record(@PathParam("id") UUID caseId, @Valid @NotNull ReviewRequest request) {
        return Response.status(Response.Status.CREATED).entity(reviews.record(caseId, request)).build();
    }

    @GET
    @Path("/cases/{id}/reviews")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listCaseReviews", summary = "The case's reviews, latest first")
    @APIResponse(responseCode = "200", description = "The reviews")
    public List<ReviewView> list(@PathParam("id") UUID caseId) {
        return reviews.list(caseId);
    }

    @GET
    @Path("/reviews")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listDueReviews", summary = "Active cases whose next review is overdue, most overdue first",
            description = "A practitioner's own cases; every case for a senior.")
    @APIResponse(responseCode = "200", description = "The cases")
    public List<DueView> due(@Parameter(required = true, schema = @Schema(type = SchemaType.STRING, enumeration = "overdue"))
            @QueryParam("due") @NotNull @Pattern(regexp = "overdue", message = "must be overdue") String due) {
        return reviews.overdue();
    }

    @POST
    @Path("/reviews/{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "decideExtension", summary = "A senior agrees to a review's extension, or refuses it")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReviewView decideExtension(@PathParam("id") UUID reviewId, @Valid @NotNull ExtensionRequest request) {
        return reviews.decideExtension(reviewId, request);
    }

    @GET
    @Path("/outcome-scales")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR, Roles.ADMIN})
    @Operation(operationId = "listOutcomeScales", summary = "The outcome scales a review scores, in the service's order")
    @APIResponse(responseCode = "200", description = "The scales")
    public List<ScaleView> scales() {
        return OutcomeScale.<OutcomeScale>list("order by position").stream().map(ScaleView::of).toList();
    }
}
