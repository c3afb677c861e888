package org.teamaround.school;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.Roles;
import org.teamaround.school.AreaRecords.NextMeetings;
import org.teamaround.school.AreaRecords.Request;
import org.teamaround.school.AreaRecords.Update;
import org.teamaround.school.AreaRecords.View;

/** The areas of the service and when each one's triage panel meets. */
@Path("/api/v1/areas")
@Tag(name = "Schools", description = "Schools, areas and their vulnerability figures")
@Produces(MediaType.APPLICATION_JSON)
public class AreaResource {

    private static final String NOT_FOUND = "area";

    @Inject
    AreaService areas;

    @GET
    @RolesAllowed({Roles.REFERRER, Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "listAreas", summary = "The areas by name, with their panels' cadence")
    @APIResponse(responseCode = "200", description = "The areas")
    public List<View> list() {
        return areas.list();
    }

    @GET
    @Path("/{name}")
    @RolesAllowed({Roles.REFERRER, Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "getArea", summary = "One area by name (any case)")
    @APIResponse(responseCode = "200", description = "The area",
            content = @Content(schema = @Schema(implementation = View.class)))
    public View get(@PathParam("name") String name) {
        return areas.get(name).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createArea", summary = "Add an area with its panel's cadence",
            description = "Area names are unique whatever their case.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull Request request, @Context UriInfo uri) {
        View area = areas.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(area.name()).build()).entity(area).build();
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateArea", summary = "Change an area's triage cadence",
            description = "Send the version you read; a stale version is 409. An area keeps its name: it is "
                    + "the area users hold in the sign-in service.")
    @APIResponse(responseCode = "200", description = "The area as changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public View update(@PathParam("name") String name, @Valid @NotNull Update request) {
        return areas.update(name, request).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @GET
    @Path("/{name}/next-meetings")
    @RolesAllowed({Roles.REFERRER, Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "nextAreaMeetings", summary = "The area's next panel days by its cadence, from today",
            description = "A day that is a bank holiday is still proposed, flagged, so the panel can choose another.")
    @APIResponse(responseCode = "200", description = "The proposed days, soonest first",
            content = @Content(schema = @Schema(implementation = NextMeetings.class)))
    public NextMeetings nextMeetings(@PathParam("name") String name, @Valid @BeanParam MeetingCount count) {
        return areas.nextMeetings(name, count.value()).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }
}
