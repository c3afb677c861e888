package org.teamaround.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.teamaround.common.security.Roles;
import org.teamaround.triage.TriageRecords.DecisionRequest;
import org.teamaround.triage.TriageRecords.DecisionView;
import org.teamaround.triage.TriageRecords.MeetingRequest;
import org.teamaround.triage.TriageRecords.MeetingSummary;
import org.teamaround.triage.TriageRecords.MeetingView;

/** The Team Around the School panel: its meetings, their agendas and the decisions recorded there. */
@Path("/api/v1/triage/meetings")
@Tag(name = "Triage", description = "The Team Around the School panel")
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

    private static final String MEETING = "triage meeting";

    @Inject
    TriageMeetings meetings;

    @Inject
    TriageDecisions decisions;

    @GET
    @RolesAllowed({Roles.SENIOR, Roles.PARTNER})
    @Operation(operationId = "listTriageMeetings", summary = "Panel meetings, latest first (a partner sees those they attend)")
    @APIResponse(responseCode = "200", description = "The meetings")
    public List<MeetingSummary> list(@QueryParam("area") @Size(max = 100) String area) {
        return meetings.list(area);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "createTriageMeeting", summary = "Schedule a panel meeting for an area; the caller chairs it")
    @APIResponse(responseCode = "201", description = "The meeting with its agenda",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public Response create(@Valid @NotNull MeetingRequest request, @Context UriInfo uri) {
        MeetingView meeting = meetings.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(meeting.id().toString()).build()).entity(meeting).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SENIOR, Roles.PARTNER})
    @Operation(operationId = "getTriageMeeting", summary = "A meeting with its agenda, eligibility per referral and decisions")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    public MeetingView get(@PathParam("id") UUID id) {
        return meetings.get(id).orElseThrow(() -> ApiException.notFound(MEETING));
    }

    @POST
    @Path("/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "recordTriageDecision", summary = "Record the panel's decision on a referral of the agenda",
            description = "One decision per referral per meeting. ACCEPT, SIGNPOST, DECLINE, REQUEST_INFO, ESCALATE and "
                    + "DEFER move the referral to ACCEPTED, SIGNPOSTED, DECLINED, INFO_REQUESTED, ESCALATED and DEFERRED.")
    @APIResponse(responseCode = "201", description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried request safe")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        DecisionView decision = decisions.decide(id, request, idempotencyKey).decision();
        return Response.status(Response.Status.CREATED).entity(decision).build();
    }
}
