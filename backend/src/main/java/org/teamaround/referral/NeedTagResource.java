package org.teamaround.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.security.Roles;

/** The presenting needs a referral may be tagged with, for the referral form and partner systems. */
@Path("/api/v1/need-tags")
@Tag(name = "Referrals")
@Produces(MediaType.APPLICATION_JSON)
public class NeedTagResource {

    /** A need on the service's list. */
    @Schema(name = "NeedTag")
    public record NeedTagView(@Schema(required = true) String code, @Schema(required = true) String label) {}

    @GET
    @RolesAllowed({Roles.REFERRER, Roles.PRACTITIONER, Roles.SENIOR, Roles.PARTNER, Roles.ADMIN, Roles.PARTNER_API})
    @Operation(operationId = "listNeedTags", summary = "The presenting needs a referral may be tagged with, in order")
    @APIResponse(responseCode = "200", description = "The active need tags")
    @jakarta.transaction.Transactional
    public List<NeedTagView> list() {
        return NeedTag.activeInOrder().stream().map(tag -> new NeedTagView(tag.code, tag.label)).toList();
    }
}
