package org.teamaround.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.security.Roles;
import org.teamaround.triage.TriageRecords.ServiceView;

/** The service directory the panel signposts families to. */
@Path("/api/v1/services")
@Tag(name = "Triage", description = "The Team Around the School panel")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceDirectoryResource {

    @GET
    @Transactional
    @RolesAllowed({Roles.REFERRER, Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "listServices", summary = "The active services of the directory, by name")
    @APIResponse(responseCode = "200", description = "The services")
    public List<ServiceView> list() {
        return ServiceDirectoryEntry.<ServiceDirectoryEntry>list("active = true order by name").stream()
                .map(ServiceDirectoryResource::view).toList();
    }

    static ServiceView view(ServiceDirectoryEntry s) {
        return new ServiceView(s.id, s.name, s.description, s.area == null ? null : s.area.name, s.contact);
    }
}
