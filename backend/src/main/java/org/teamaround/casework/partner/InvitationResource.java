package org.teamaround.casework.partner;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.casework.partner.PartnerRecords.ContributionRequest;
import org.teamaround.casework.partner.PartnerRecords.ContributionView;
import org.teamaround.casework.partner.PartnerRecords.InvitationRequest;
import org.teamaround.casework.partner.PartnerRecords.InvitationView;
import org.teamaround.casework.partner.PartnerRecords.InvitedCase;
import org.teamaround.common.security.Roles;

/** Partners invited to a case for a period, and what they contribute to it. */
@Path("/api/v1")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    @Inject
    Invitations invitations;

    @Inject
    Contributions contributions;

    @POST
    @Path("/cases/{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "invitePartner", summary = "Invite a partner user or a partner agency to the case",
            description = "Exactly one of partnerId and agency. While the invitation is current the partner reads "
                    + "the case's summary and plan and adds contributions; before and after, the case is 404.")
    @APIResponse(responseCode = "201", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response invite(@PathParam("id") UUID caseId, @Valid @NotNull InvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.invite(caseId, request)).build();
    }

    @GET
    @Path("/cases/{id}/invitations")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listInvitations", summary = "The case's partner invitations, newest first")
    @APIResponse(responseCode = "200", description = "The invitations")
    public List<InvitationView> list(@PathParam("id") UUID caseId) {
        return invitations.list(caseId);
    }

    @POST
    @Path("/cases/{id}/invitations/{invitationId}/end")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "endInvitation", summary = "End an invitation now: the partner no longer sees the case")
    @APIResponse(responseCode = "200", description = "The invitation, ended",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public InvitationView end(@PathParam("id") UUID caseId, @PathParam("invitationId") UUID invitationId) {
        return invitations.end(caseId, invitationId);
    }

    @GET
    @Path("/invited-cases")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "listInvitedCases", summary = "The cases the calling partner is invited to today")
    @APIResponse(responseCode = "200", description = "The cases, the invitation ending soonest first")
    public List<InvitedCase> invitedCases() {
        return invitations.invitedCases();
    }

    @POST
    @Path("/cases/{id}/contributions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "addContribution", summary = "An invited partner adds to the case")
    @APIResponse(responseCode = "201", description = "The contribution",
            content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response contribute(@PathParam("id") UUID caseId, @Valid @NotNull ContributionRequest request) {
        return Response.status(Response.Status.CREATED).entity(contributions.add(caseId, request.text())).build();
    }

    @GET
    @Path("/cases/{id}/contributions")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER})
    @Operation(operationId = "listContributions", summary = "What partners added to the case, latest first")
    @APIResponse(responseCode = "200", description = "The contributions")
    public List<ContributionView> contributions(@PathParam("id") UUID caseId) {
        return contributions.list(caseId);
    }
}
