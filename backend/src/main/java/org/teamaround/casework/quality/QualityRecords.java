package org.teamaround.casework.quality;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The case audits' requests and answers. */
public final class QualityRecords {

    private QualityRecords() {}

    @Schema(name = "AuditCycleRequest")
    record CycleRequest(@Min(1) @Max(100) @Schema(description = "How many open cases to sample; the service's "
            + "configured size when left out") Integer sampleSize) {}

    @Schema(name = "AuditCycle")
    record CycleView(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate startedOn,
            @Schema(required = true) String startedByName,
            @Schema(required = true, description = "The size asked for; fewer when fewer cases were open")
            int sampleSize,
            @Schema(required = true, description = "When the next cycle is due") LocalDate nextCycleDue,
            @Schema(required = true) int graded,
            @Schema(required = true) List<CaseAuditView> audits) {}

    @Schema(name = "CaseAudit")
    public record CaseAuditView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID cycleId,
            @Schema(required = true) LocalDate cycleStartedOn,
            @Schema(required = true) UUID caseId,
            @Schema(required = true) String reference,
            String childName,
            @Schema(required = true) String practitionerName,
            AuditGrade grade,
            String findings,
            @Schema(description = "What the practitioner is to do") String actions,
            String auditedByName,
            Instant auditedAt,
            @Schema(required = true) long version) {}

    @Schema(name = "CaseAuditGrading")
    record Grading(
            @NotNull @Schema(required = true) AuditGrade grade,
            @NotBlank @Size(max = 10000) @Schema(required = true) String findings,
            @Size(max = 10000) @Schema(description = "What the practitioner is to do") String actions,
            @NotNull @Schema(required = true, description = "The version read") Long version) {}
}
