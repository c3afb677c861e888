package org.teamaround.family;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.security.Roles;

/** A family's whole record for a subject access request: as JSON, or as one readable page to download. */
@Path("/api/v1/families")
@Tag(name = "Subject access", description = "A family's whole record, with whom it was shared and when")
public class FamilyExportResource {

    @Inject
    FamilyExport families;

    @GET
    @Path("/{id}/export")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed(Roles.SENIOR)
    @Operation(operationId = "exportFamilyRecord", summary = "A family's whole record, with its disclosure log",
            description = "The referral, the panel's decisions, the case work and the disclosure log (which agencies "
                    + "saw what, when). Accept: text/html for one self-contained page to download. The export is "
                    + "written to the audit trail.")
    @APIResponse(responseCode = "200", description = "The family's record", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FamilyRecord.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public Response export(@Parameter(description = "The family's referral") @PathParam("id") UUID id,
            @Context HttpHeaders headers) {
        FamilyRecord record = families.export(id);
        if (wantsHtml(headers)) {
            String fileName = "family-record-" + record.referral().reference() + ".html";
            return Response.ok(FamilyRecordHtml.page(record), MediaType.TEXT_HTML + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
        }
        return Response.ok(record, MediaType.APPLICATION_JSON).build();
    }

    /** The page when the first type the caller accepts is HTML; JSON for anything else, a wildcard included. */
    private static boolean wantsHtml(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.isCompatible(MediaType.TEXT_HTML_TYPE))
                .findFirst()
                .map(type -> !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .orElse(false);
    }
}
