package org.teamaround.config;

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
import org.teamaround.config.ConfigChangeRecords.Page;

/** Who changed the service's configuration (schools, areas, eligibility rules), when, and from what to what. */
@Path("/api/v1/config-changes")
@Tag(name = "Configuration", description = "The service's settings and their history")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigChangeResource {

    @Inject
    ConfigChanges changes;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SENIOR})
    @Operation(operationId = "listConfigChanges", summary = "The history of configuration changes, newest first",
            description = "One item per changed field. Filter by `entity` and by the record's `key`.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = Page.class)))
    public Page list(@Valid @BeanParam ConfigChangeFilter filter, @Valid @BeanParam PageRequest paging) {
        return changes.list(filter, paging);
    }
}
