package org.teamaround.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.security.Roles;
import org.teamaround.triage.PartnerDirectory.Partner;

/** The partner users a senior can invite to a panel, so that they see that meeting. */
@Path("/api/v1/partners")
@Tag(name = "Triage", description = "The Team Around the School panel")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerDirectory directory;

    @GET
    @RolesAllowed({Roles.SENIOR, Roles.PRACTITIONER})
    @Operation(operationId = "listPartners", summary = "Partner agencies' users (Keycloak role partner), by name")
    @APIResponse(responseCode = "200", description = "The partners")
    public List<Partner> list() {
        return directory.list();
    }
}
