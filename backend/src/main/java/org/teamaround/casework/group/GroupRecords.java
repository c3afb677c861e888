package org.teamaround.casework.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The groups API's requests and answers. */
public final class GroupRecords {

    private GroupRecords() {}

    @Schema(name = "GroupRequest")
    record GroupRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, example = "Pontefract parents' group") String name,
            @NotNull @Schema(required = true) GroupKind kind,
            @NotNull @Schema(required = true) UUID areaId,
            @NotNull @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a school year such as 2026/27")
            @Schema(required = true, example = "2026/27") String schoolYear,
            @NotNull @Schema(required = true) HalfTerm halfTerm) {}

    @Schema(name = "GroupMemberRequest")
    record MemberRequest(@NotNull @Schema(required = true) UUID caseId) {}

    @Schema(name = "GroupSessionRequest")
    record SessionRequest(
            @NotNull @Schema(required = true, description = "Not in the future") LocalDate heldOn,
            @Size(max = 500) String topic,
            @NotNull @Schema(required = true, description = "The members (case ids) who attended") List<UUID> attended) {}

    @Schema(name = "GroupSummary")
    record GroupSummary(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) GroupKind kind,
            @Schema(required = true) String areaName,
            @Schema(required = true) String schoolYear,
            @Schema(required = true) HalfTerm halfTerm,
            @Schema(required = true) int members,
            @Schema(required = true) int sessions) {}

    @Schema(name = "GroupMember")
    record MemberView(
            @Schema(required = true) UUID caseId,
            @Schema(required = true) String reference,
            String childName,
            @Schema(required = true) String practitionerName,
            @Schema(required = true, description = "Sessions this member attended") int attended) {}

    @Schema(name = "GroupSession")
    record SessionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate heldOn,
            String topic,
            @Schema(required = true, description = "Case ids of the members who attended") List<UUID> attended,
            @Schema(required = true) String recordedByName,
            @Schema(required = true) Instant recordedAt) {}

    @Schema(name = "Group")
    record GroupView(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true) GroupKind kind,
            @Schema(required = true) UUID areaId,
            @Schema(required = true) String areaName,
            @Schema(required = true) String schoolYear,
            @Schema(required = true) HalfTerm halfTerm,
            @Schema(required = true) String createdByName,
            @Schema(required = true) List<MemberView> members,
            @Schema(required = true, description = "Latest first") List<SessionView> sessions) {}

    @Schema(name = "CaseGroup", description = "A group the case belongs to, with its attendance")
    public record CaseGroup(
            @Schema(required = true) UUID groupId,
            @Schema(required = true) String name,
            @Schema(required = true) GroupKind kind,
            @Schema(required = true) String schoolYear,
            @Schema(required = true) HalfTerm halfTerm,
            @Schema(required = true) int sessionsHeld,
            @Schema(required = true) int sessionsAttended) {}
}
