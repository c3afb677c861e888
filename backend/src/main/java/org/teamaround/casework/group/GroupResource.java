package org.teamaround.casework.group;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import org.teamaround.casework.group.GroupRecords.CaseGroup;
import org.teamaround.casework.group.GroupRecords.GroupRequest;
import org.teamaround.casework.group.GroupRecords.GroupSummary;
import org.teamaround.casework.group.GroupRecords.GroupView;
import org.teamaround.casework.group.GroupRecords.MemberRequest;
import org.teamaround.casework.group.GroupRecords.SessionRequest;
import org.teamaround.common.security.Roles;

/** Parents' and children's groups per area and half term, their members (cases), sessions and attendance. */
@Path("/api/v1")
@Tag(name = "Groups", description = "Parents' and children's groups with sessions and attendance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
public class GroupResource {

    @Inject
    Groups groups;

    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createGroup", summary = "Set up a group for an area and half term")
    @APIResponse(responseCode = "201", description = "The group",
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    public Response create(@Valid @NotNull GroupRequest request) {
        return Response.status(Response.Status.CREATED).entity(groups.create(request)).build();
    }

    @GET
    @Path("/groups")
    @Operation(operationId = "listGroups", summary = "Groups, latest half term first, optionally of one term or area")
    @APIResponse(responseCode = "200", description = "The groups")
    public List<GroupSummary> list(@Valid @BeanParam GroupFilter filter) {
        return groups.list(filter);
    }

    @GET
    @Path("/groups/{id}")
    @Operation(operationId = "getGroup", summary = "A group with its register and sessions")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    public GroupView get(@PathParam("id") UUID id) {
        return groups.get(id);
    }

    @POST
    @Path("/groups/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addGroupMember", summary = "Add an open case the caller works on to the group")
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public GroupView addMember(@PathParam("id") UUID id, @Valid @NotNull MemberRequest request) {
        return groups.addMember(id, request.caseId());
    }

    @POST
    @Path("/groups/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordGroupSession", summary = "Record a session and which members attended")
    @APIResponse(responseCode = "201", description = "The group",
            content = @Content(schema = @Schema(implementation = GroupView.class)))
    public Response recordSession(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request) {
        return Response.status(Response.Status.CREATED).entity(groups.recordSession(id, request)).build();
    }

    @GET
    @Path("/cases/{id}/groups")
    @Operation(operationId = "listCaseGroups", summary = "The groups the case belongs to, with its attendance")
    @APIResponse(responseCode = "200", description = "The groups")
    public List<CaseGroup> ofCase(@PathParam("id") UUID caseId) {
        return groups.ofCase(caseId);
    }
}
