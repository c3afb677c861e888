package org.teamaround.casework.closure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The closure API's requests and answers. */
public final class ClosureRecords {

    private ClosureRecords() {}

    @Schema(name = "ClosureRequest")
    record ClosureRequest(
            @NotNull @Schema(required = true) ClosureReason reason,
            @Size(max = 2000) @Schema(description = "Required when the reason is OTHER") String reasonDetail,
            @Schema(description = "Today when absent; not in the future, not before the allocation") LocalDate closedOn,
            @NotNull @Valid @Schema(required = true) Outcomes outcomes,
            @Size(max = 10) List<@Valid @NotNull FeedbackRequest> feedback) {}

    @Schema(name = "ClosureOutcomes", description = "The child's situation at closure, to compare with the referral")
    public record Outcomes(
            @NotNull @Schema(required = true, description = "Still at the same school") Boolean placementKept,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal attendancePercentAfter,
            @Min(0) @Max(200) Integer suspensionsAfter,
            Boolean atRiskOfExclusionAfter,
            @NotNull @Schema(required = true) Boolean ehcNeedsAssessmentRequested,
            @NotNull @Schema(required = true) Boolean ehcpIssued,
            @Size(max = 10) @Schema(description = "Supporting Families headlines met")
            List<@NotNull SupportingFamiliesHeadline> supportingFamiliesHeadlinesMet) {}

    @Schema(name = "ClosureFeedback")
    public record FeedbackRequest(
            @NotNull @Schema(required = true) FeedbackSource from,
            @Size(max = 2000) String quote,
            @Min(1) @Max(5) @Schema(description = "Satisfaction, 1 to 5") Integer rating) {}

    @Schema(name = "Closure")
    public record ClosureView(
            @Schema(required = true) UUID caseId,
            @Schema(required = true) LocalDate closedOn,
            @Schema(required = true) ClosureReason reason,
            String reasonDetail,
            @Schema(required = true) Outcomes outcomes,
            @Schema(required = true, description = "What the referral said, for comparison") Before before,
            @Schema(required = true) List<FeedbackRequest> feedback,
            @Schema(required = true) String closedBy,
            @Schema(required = true) Instant closedAt,
            @Schema(description = "Set when a senior reopened the case after this closure") Reopening reopened) {}

    @Schema(name = "CaseReopening", description = "A senior reopened the closed case")
    public record Reopening(
            @Schema(required = true) Instant at,
            @Schema(required = true) String by,
            @Schema(required = true) String reason) {}

    @Schema(name = "ReopenRequest")
    record ReopenRequest(@NotBlank @Size(max = 2000) @Schema(required = true,
            description = "Why the closed case is reopened") String reason) {}

    @Schema(name = "ClosureBefore", description = "The child's situation as the school referred them")
    public record Before(BigDecimal attendancePercent, Integer suspensions, Boolean atRiskOfExclusion) {}
}
