package org.teamaround.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.allocation.AllocationRecords.AllocationRequest;
import org.teamaround.allocation.AllocationRecords.CaseView;
import org.teamaround.allocation.AllocationRecords.PractitionerUpdate;
import org.teamaround.allocation.AllocationRecords.PractitionerView;
import org.teamaround.allocation.AllocationRecords.QueuePage;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.idempotency.Idempotency;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.Roles;

/** Allocation: the waiting list in priority order, practitioners and their caseloads, and the allocation itself. */
@Path("/api/v1")
@Tag(name = "Allocation", description = "Accepted families reach a practitioner")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    AllocationQueue queue;

    @Inject
    Allocations allocations;

    @Inject
    PractitionerSettings settings;

    @GET
    @Path("/allocations/queue")
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "getAllocationQueue", summary = "Accepted referrals waiting, in priority order, with the reason for each position")
    @APIResponse(responseCode = "200", description = "A page of the waiting list, first to allocate first")
    public QueuePage queue(@Valid @BeanParam PageRequest paging,
            @Parameter(description = "Only this referral, at its place in the whole queue (an empty page when it is not waiting)",
                    schema = @Schema(format = "uuid"))
            @QueryParam("referralId") String referralId) {
        return queue.list(paging.page, paging.size, ApiException.uuid("referralId", referralId));
    }

    @POST
    @Path("/allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "allocate", summary = "Allocate an accepted referral to a practitioner; opens the case",
            description = "A practitioner at capacity needs an override reason. The first contact is due five working days later.")
    @APIResponse(responseCode = "201", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response allocate(@Valid @NotNull AllocationRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        CaseView created = allocations.allocate(request, idempotencyKey);
        return Response.created(URI.create("/api/v1/cases/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/practitioners")
    @RolesAllowed({Roles.SENIOR, Roles.ADMIN})
    @Operation(operationId = "listPractitioners", summary = "Practitioners (Keycloak users with role practitioner) with caseload and capacity")
    @APIResponse(responseCode = "200", description = "The practitioners")
    public List<PractitionerView> practitioners() {
        return allocations.practitioners();
    }

    @PUT
    @Path("/practitioners/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updatePractitioner", summary = "Set a practitioner's caseload capacity and area",
            description = "Send the version you read; a stale version is 409. Every change is kept in the "
                    + "configuration history.")
    @APIResponse(responseCode = "200", description = "The practitioner as changed",
            content = @Content(schema = @Schema(implementation = PractitionerView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public PractitionerView updatePractitioner(@PathParam("id") String id, @Valid @NotNull PractitionerUpdate request) {
        return settings.update(id, request).orElseThrow(() -> ApiException.notFound("practitioner"));
    }

    @GET
    @Path("/cases")
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listCases", summary = "Cases, newest allocation first",
            description = "A practitioner gets their own. A senior gets every case, or one practitioner's.")
    @APIResponse(responseCode = "200", description = "The cases")
    public List<CaseView> cases(@Parameter(description = "Only this practitioner's cases (the Keycloak user id)")
            @QueryParam("practitionerId") String practitionerId) {
        return allocations.list(practitionerId);
    }

    @GET
    @Path("/cases/{id}")
    @RolesAllowed({Roles.SENIOR, Roles.PRACTITIONER, Roles.PARTNER})
    @Operation(operationId = "getCase", summary = "A case: its practitioner, state and first-contact due date")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    public CaseView getCase(@PathParam("id") UUID id) {
        return allocations.get(id);
    }
}
