package org.teamaround.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.idempotency.Idempotency;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.Roles;

/** The referral: a school (or partner system) refers a family, edits the draft, submits or withdraws it. */
@Path("/api/v1/referrals")
@Tag(name = "Referrals", description = "A family referred by a school")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String NOT_FOUND = "referral";

    @Inject
    ReferralService referrals;

    @Inject
    ReferralSearch search;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REFERRER, Roles.PARTNER_API})
    @Operation(operationId = "createReferral", summary = "Start a referral (state DRAFT)",
            description = "A draft may be incomplete. Partner systems send an Idempotency-Key so a retry creates nothing twice.")
    @APIResponse(responseCode = "201", description = "Created (or the earlier result of the same Idempotency-Key)",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "413", ref = "TooLarge")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@Valid @NotNull ReferralRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        ReferralService.Created created = referrals.create(request, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(created.referral().id().toString()).build())
                .entity(created.referral()).build();
    }

    @GET
    @RolesAllowed({Roles.REFERRER, Roles.SENIOR, Roles.PRACTITIONER, Roles.PARTNER_API})
    @Operation(operationId = "listReferrals", summary = "Referrals the caller may see, newest first")
    @APIResponse(responseCode = "200", description = "A page of referrals",
            content = @Content(schema = @Schema(implementation = ReferralPage.class)))
    public ReferralPage list(@Valid @BeanParam ReferralFilter filter, @Valid @BeanParam PageRequest paging,
            @Parameter(description = "The `next` of the page before: the page after it (its `page` is then ignored)")
            @QueryParam("after") @Size(max = 200) String after) {
        return search.list(filter, paging, after);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.REFERRER, Roles.SENIOR, Roles.PRACTITIONER, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "getReferral", summary = "One referral with its family, needs, consent, state and history")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    public ReferralView get(@PathParam("id") UUID id) {
        return referrals.get(id).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REFERRER, Roles.PARTNER_API})
    @Operation(operationId = "updateReferral", summary = "Change a draft or an info-requested referral",
            description = "Send the whole referral with the version you read; a stale version is 409.")
    @APIResponse(responseCode = "200", description = "The referral as changed",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public ReferralView update(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest request) {
        return referrals.update(id, request).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.REFERRER, Roles.PARTNER_API})
    @Operation(operationId = "submitReferral", summary = "Send a draft (or an info-requested referral) to triage")
    @APIResponse(responseCode = "200", description = "The referral, now SUBMITTED",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ReferralView submit(@PathParam("id") UUID id,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried submission answer the same result")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return referrals.submit(id, idempotencyKey).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REFERRER, Roles.PARTNER_API})
    @Operation(operationId = "withdrawReferral", summary = "Withdraw a referral before the panel decides")
    @APIResponse(responseCode = "200", description = "The referral, now WITHDRAWN",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReferralView withdraw(@PathParam("id") UUID id, @Valid @NotNull WithdrawRequest request) {
        return referrals.withdraw(id, request).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }
}
