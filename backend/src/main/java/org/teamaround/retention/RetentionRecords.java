package org.teamaround.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.referral.ReferralState;

/** Retention's requests and answers. */
final class RetentionRecords {

    private RetentionRecords() {}

    @Schema(name = "RetentionReview", description = "A family's record past its retention date")
    record ReviewView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String reference,
            UUID caseId,
            @Schema(required = true) String schoolName,
            @Schema(description = "Gone once erased") String childName,
            @Schema(description = "Gone once erased") LocalDate dateOfBirth,
            @Schema(required = true) ReferralState referralState,
            @Schema(description = "When the case closed, if there was one") LocalDate closedOn,
            @Schema(required = true, description = "The retention date") LocalDate dueOn,
            @Schema(required = true) RetentionReview.State state,
            @Schema(required = true, description = "When the sweep marked it (again, after a hold ran out)")
            Instant markedAt,
            Instant decidedAt,
            String decidedByName,
            String holdReason,
            LocalDate keepUntil,
            @Schema(required = true) long version) {}

    @Schema(name = "RetentionReviewPage")
    record Page(
            @Schema(required = true) List<ReviewView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {}

    @Schema(name = "RetentionErasure")
    record Erasure(@NotNull @Schema(required = true, description = "The version read") Long version) {}

    @Schema(name = "RetentionHold")
    record Hold(
            @NotNull @Schema(required = true, description = "The version read") Long version,
            @NotBlank @Size(max = 2000) @Schema(required = true, description = "Why the record is kept longer")
            String reason,
            @NotNull @Schema(required = true, description = "After today; the sweep marks it again then")
            LocalDate keepUntil) {}

    @Schema(name = "RetentionSweep")
    record SweepView(
            @Schema(required = true, description = "False when another instance was sweeping at the time") boolean ran,
            @Schema(required = true, description = "Records marked due for review by this sweep") int marked) {}
}
