package org.teamaround.casework.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The assessment API's requests and answers. */
public final class AssessmentRecords {

    private AssessmentRecords() {}

    @Schema(name = "AssessmentRequest", description = "Saves the draft; send the version read (none for the first save)")
    record AssessmentRequest(
            @Schema(description = "The version read; absent only when there is no assessment yet") Long version,
            @NotNull @Valid @Schema(required = true) AssessmentSections sections) {}

    @Schema(name = "AssessmentCompletion")
    record Completion(@NotNull @Schema(required = true, description = "The version read") Long version) {}

    @Schema(name = "Assessment")
    public record AssessmentView(
            @Schema(required = true) UUID caseId,
            @Schema(required = true, enumeration = {"DRAFT", "COMPLETED"}) String state,
            @Schema(required = true) AssessmentSections sections,
            @Schema(required = true) long version,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) String updatedBy,
            Instant completedAt,
            String completedBy) {

        public static AssessmentView of(Assessment a) {
            return new AssessmentView(a.caseId, a.state, a.sections(), a.version, a.updatedAt, a.updatedByName,
                    a.completedAt, a.completedByName);
        }
    }
}
