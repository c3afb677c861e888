package org.teamaround.casework.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.casework.plan.ActionStatus;

/** The reviews API's requests and answers. */
public final class ReviewRecords {

    private ReviewRecords() {}

    @Schema(name = "ReviewRequest")
    record ReviewRequest(
            @NotNull @Schema(required = true, description = "Not in the future, not before the allocation") LocalDate heldOn,
            @NotNull @Size(min = 1, max = 30) @Schema(required = true, description = "Who attended")
            List<@NotBlank @Size(max = 200) String> attendees,
            @NotNull @Size(max = 50) @Schema(required = true, description = "Progress on the plan's actions")
            List<@Valid @NotNull ProgressRequest> progress,
            @NotNull @Size(max = 20) @Schema(required = true, description = "Outcome-scale scores by scale code")
            Map<@NotBlank String, @NotNull Integer> scores,
            @NotNull @Schema(required = true, description = "EXTEND waits for a senior's agreement") ReviewDecision decision,
            @Size(max = 10000) String notes) {}

    @Schema(name = "ReviewProgressRequest")
    record ProgressRequest(
            @NotNull @Schema(required = true, description = "An action of the case's plan") UUID actionId,
            @NotNull @Schema(required = true) ActionStatus status,
            @Size(max = 2000) String note) {}

    @Schema(name = "ExtensionDecision", description = "A senior agrees to extend the support, or not")
    record ExtensionRequest(@NotNull @Schema(required = true) Boolean agreed, @Size(max = 2000) String note) {}

    @Schema(name = "ReviewProgress")
    public record ProgressView(UUID actionId, @Schema(required = true) String action, @Schema(required = true) ActionStatus status,
            String note) {}

    @Schema(name = "Review")
    public record ReviewView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID caseId,
            @Schema(required = true) LocalDate heldOn,
            @Schema(required = true) List<String> attendees,
            @Schema(required = true) List<ProgressView> progress,
            @Schema(required = true) Map<String, Integer> scores,
            @Schema(required = true) ReviewDecision decision,
            String notes,
            @Schema(description = "When the next review is due; none when the support ends") LocalDate nextDue,
            @Schema(enumeration = {"AWAITING_SENIOR", "AGREED", "REFUSED"}) String extensionStatus,
            String extensionDecidedBy,
            Instant extensionDecidedAt,
            String extensionNote,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt) {

        public static ReviewView of(Review r) {
            return new ReviewView(r.id, r.caseId, r.heldOn, List.copyOf(r.attendees),
                    r.progress.stream().map(p -> new ProgressView(p.actionId, p.actionWhat, p.status, p.note)).toList(),
                    Map.copyOf(r.scores), r.decision, r.notes, r.nextDue, r.extensionStatus, r.extensionDecidedByName,
                    r.extensionDecidedAt, r.extensionNote, r.recordedByName, r.recordedAt);
        }
    }

    @Schema(name = "DueReview", description = "A case whose next review is due")
    record DueView(
            @Schema(required = true) UUID caseId,
            @Schema(required = true) String reference,
            String childName,
            @Schema(required = true) String practitionerName,
            @Schema(required = true) LocalDate nextReviewDue) {}

    @Schema(name = "OutcomeScale")
    record ScaleView(@Schema(required = true) String code, @Schema(required = true) String label,
            @Schema(required = true) int minScore, @Schema(required = true) int maxScore,
            @Schema(required = true) boolean enabled) {

        static ScaleView of(OutcomeScale s) {
            return new ScaleView(s.code, s.label, s.minScore, s.maxScore, s.enabled);
        }
    }
}
