package org.teamaround.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.error.Problem;

/** A referral as the API answers it: what was sent, where it stands, its history and what may be done next. */
@Schema(name = "Referral")
public record ReferralView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "TA-2026-000123") String reference,
        @Schema(required = true) ReferralState state,
        @Schema(required = true) long version,
        @Schema(required = true) String schoolUrn,
        String schoolName,
        String area,
        ChildView child,
        List<ReferralRequest.Sibling> siblings,
        List<ReferralRequest.Carer> carers,
        ReferralRequest.Needs needs,
        ReferralRequest.Education education,
        String schoolActions,
        ReferralRequest.KnownTo knownTo,
        ReferralRequest.Consent consent,
        @Schema(required = true) boolean safeguardingConcern,
        @Schema(required = true, description = "Marked for a senior's attention at once") boolean safeguardingNeedsAttention,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        Instant submittedAt,
        @Schema(required = true) Person createdBy,
        @Schema(required = true) List<HistoryEntry> history,
        @Schema(required = true, description = "Things worth checking that do not stop the referral")
        List<Problem.FieldError> warnings,
        @Schema(required = true, description = "Messages the referrer must read, e.g. the safeguarding notice")
        List<String> notices,
        @Schema(required = true) List<ReferralAction> allowedActions,
        @Schema(description = "The panel's latest decision, when there is one") Decision decision) {

    /** What the panel decided, as the school sees it (the discussion itself stays with the service). */
    @Schema(name = "ReferralDecision")
    public record Decision(
            @Schema(required = true) String outcome,
            @Schema(required = true) java.time.LocalDate decidedOn,
            String declineReason,
            String infoRequested,
            @Schema(required = true, description = "For a signposted family: the services named") List<String> services) {}

    /** The child, with whether their UPN is a temporary one. */
    @Schema(name = "ChildView")
    public record ChildView(String firstName, String lastName, java.time.LocalDate dateOfBirth,
            ReferralRequest.Gender gender, Integer yearGroup, String upn, Boolean upnTemporary, String nhsNumber,
            ReferralRequest.SenProvision senProvision, ReferralRequest.PrimaryNeed primaryNeed,
            Boolean hasSupportPlan) {}

    /** Who did something: their id and display name. */
    @Schema(name = "Person")
    public record Person(@Schema(required = true) String id, @Schema(required = true) String name) {}

    /** One step of the referral's journey. */
    @Schema(name = "ReferralHistoryEntry")
    public record HistoryEntry(@Schema(required = true) Instant at, ReferralState fromState,
            @Schema(required = true) ReferralState toState, @Schema(required = true) String byName, String reason) {}
}
