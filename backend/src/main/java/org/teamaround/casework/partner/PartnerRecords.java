package org.teamaround.casework.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The partner invitations' and contributions' requests and answers. */
public final class PartnerRecords {

    private PartnerRecords() {}

    @Schema(name = "CaseInvitationRequest", description = "Exactly one of partnerId and agency")
    record InvitationRequest(
            @Size(max = 100) @Schema(description = "A partner user's Keycloak id (GET /api/v1/partners)") String partnerId,
            @Size(max = 200) @Schema(description = "Every partner user of this agency, e.g. CAMHS") String agency,
            @NotNull @Schema(required = true) LocalDate from,
            @NotNull @Schema(required = true, description = "The last day the partner may see the case") LocalDate until,
            @Size(max = 2000) String note) {}

    @Schema(name = "CaseInvitation")
    public record InvitationView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID caseId,
            String partnerId,
            String partnerName,
            @Schema(required = true) String agency,
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate until,
            String note,
            @Schema(required = true) String invitedByName,
            @Schema(required = true) Instant invitedAt,
            Instant endedAt,
            String endedByName,
            @Schema(required = true, description = "The partner may see the case today") boolean current) {

        public static InvitationView of(CaseInvitation i, LocalDate today) {
            return new InvitationView(i.id, i.caseId, i.partnerId, i.partnerName, i.agency, i.from, i.until, i.note,
                    i.invitedByName, i.invitedAt, i.endedAt, i.endedByName, i.isCurrent(today));
        }
    }

    @Schema(name = "InvitedCase", description = "A case a partner is invited to now")
    record InvitedCase(
            @Schema(required = true) UUID caseId,
            @Schema(required = true) String reference,
            String childName,
            @Schema(required = true) String schoolName,
            @Schema(required = true) String practitionerName,
            @Schema(required = true) LocalDate until) {}

    @Schema(name = "ContributionRequest")
    record ContributionRequest(@NotBlank @Size(max = 10000) @Schema(required = true) String text) {}

    @Schema(name = "Contribution")
    public record ContributionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String text,
            @Schema(required = true) String authorName,
            @Schema(required = true) String agency,
            @Schema(required = true) Instant addedAt) {

        public static ContributionView of(Contribution c) {
            return new ContributionView(c.id, c.body, c.authorName, c.agency, c.addedAt);
        }
    }
}
