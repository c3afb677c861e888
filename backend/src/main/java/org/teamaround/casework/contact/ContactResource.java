package org.teamaround.casework.contact;

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
import org.teamaround.casework.contact.ContactRecords.ContactRequest;
import org.teamaround.casework.contact.ContactRecords.ContactView;
import org.teamaround.common.security.Roles;

/** Contacts with the family on a case: the practitioner's own cases, or any case for a senior. */
@Path("/api/v1/cases/{id}/contacts")
@Tag(name = "Case work", description = "From allocation to closure")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    @Inject
    Contacts contacts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "recordContact", summary = "Record a contact; the first makes the case ACTIVE",
            description = "Dated neither in the future nor before the allocation. The first contact stops the "
                    + "first-contact clock (met within 5 working days, or missed).")
    @APIResponse(responseCode = "201", description = "The contact",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response record(@PathParam("id") UUID caseId, @Valid @NotNull ContactRequest request) {
        ContactView contact = contacts.record(caseId, request);
        return Response.status(Response.Status.CREATED).entity(contact).build();
    }

    @GET
    @RolesAllowed({Roles.PRACTITIONER, Roles.SENIOR})
    @Operation(operationId = "listContacts", summary = "The case's contacts, latest first")
    @APIResponse(responseCode = "200", description = "The contacts")
    public List<ContactView> list(@PathParam("id") UUID caseId) {
        return contacts.list(caseId);
    }
}
