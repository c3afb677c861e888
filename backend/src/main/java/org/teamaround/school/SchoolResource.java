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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.Roles;
import org.teamaround.school.SchoolRecords.ImportResult;
import org.teamaround.school.SchoolRecords.Page;
import org.teamaround.school.SchoolRecords.Request;
import org.teamaround.school.SchoolRecords.View;

/** The schools that refer to the service, with their vulnerability figures; admins keep them, mostly by CSV. */
@Path("/api/v1/schools")
@Tag(name = "Schools", description = "Schools, areas and their vulnerability figures")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    static final String CSV = "text/csv";
    private static final String NOT_FOUND = "school";
    private static final String CSV_EXAMPLE = """
            urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent
            100001,Northgate Primary School,Pontefract,PRIMARY,18.5,4,9.0,6.5
            """;

    @Inject
    SchoolService schools;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SENIOR, Roles.REFERRER})
    @Operation(operationId = "listSchools", summary = "Schools by name: every one for admins and seniors, "
            + "a referrer's own school for a referrer")
    @APIResponse(responseCode = "200", description = "A page of schools",
            content = @Content(schema = @Schema(implementation = Page.class)))
    public Page list(@Parameter(description = "Only the schools of this area") @QueryParam("area") String area,
            @Valid @BeanParam PageRequest paging) {
        return schools.list(area, paging);
    }

    @GET
    @Path("/{urn}")
    @RolesAllowed({Roles.ADMIN, Roles.SENIOR, Roles.REFERRER})
    @Operation(operationId = "getSchool", summary = "One school (a referrer sees only their own)")
    @APIResponse(responseCode = "200", description = "The school",
            content = @Content(schema = @Schema(implementation = View.class)))
    public View get(@PathParam("urn") String urn) {
        return schools.get(urn).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createSchool", summary = "Add a school")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull Request request, @Context UriInfo uri) {
        View school = schools.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(school.urn()).build()).entity(school).build();
    }

    @PUT
    @Path("/{urn}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateSchool", summary = "Change a school's name, area, phase or figures",
            description = "Send the whole school with the version you read; a stale version is 409. "
                    + "The URN cannot change.")
    @APIResponse(responseCode = "200", description = "The school as changed",
            content = @Content(schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public View update(@PathParam("urn") String urn, @Valid @NotNull Request request) {
        return schools.update(urn, request).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importSchools", summary = "Create or update schools from a CSV file, all or nothing",
            description = "A header row `urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent` "
                    + "(any order), then one school per row. A known URN updates the school to the row; an empty "
                    + "figure means not known. If any row has a problem nothing is imported, and each problem is "
                    + "listed with its place in the file, e.g. `line 3, column sen_percent`.")
    @RequestBody(required = true, content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    @APIResponse(responseCode = "200", description = "What was imported",
            content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public ImportResult importCsv(String csv) {
        return schools.importCsv(csv == null ? "" : csv);
    }
}
