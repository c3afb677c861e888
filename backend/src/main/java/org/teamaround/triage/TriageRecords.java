package org.teamaround.triage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The triage API's requests and answers. */
public final class TriageRecords {

    private TriageRecords() {}

    @Schema(name = "TriageMeetingRequest")
    record MeetingRequest(
            @NotNull @Schema(required = true, examples = "2026-11-27") LocalDate date,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "Pontefract") String area,
            @Size(max = 30) List<@Valid @NotNull AttendeeView> attendees) {}

    @Schema(name = "TriageAttendee")
    record AttendeeView(@NotBlank @Size(max = 200) @Schema(required = true) String name,
            @Size(max = 100) String agency, @Size(max = 100) String userId) {}

    @Schema(name = "TriageMeeting")
    record MeetingView(
            @Schema(required = true) UUID id,
            @Schema(required = true) LocalDate date,
            @Schema(required = true) String area,
            @Schema(required = true) String chair,
            @Schema(required = true) List<AttendeeView> attendees,
            @Schema(required = true, description = "Referrals of the area waiting for a decision, oldest first, "
                    + "and those this meeting decided") List<AgendaItem> agenda,
            @Schema(required = true) long version) {}

    @Schema(name = "TriageMeetingSummary")
    record MeetingSummary(@Schema(required = true) UUID id, @Schema(required = true) LocalDate date,
            @Schema(required = true) String area, @Schema(required = true) String chair) {}

    @Schema(name = "TriageAgendaItem")
    record AgendaItem(
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String reference,
            @Schema(required = true) String state,
            String childName,
            @Schema(required = true) String schoolName,
            Instant submittedAt,
            @Schema(required = true) boolean safeguardingNeedsAttention,
            @Schema(required = true) List<Eligibility.Result> eligibility,
            @Schema(description = "This meeting's decision, once made") DecisionView decision) {}

    @Schema(name = "TriageDecisionRequest")
    record DecisionRequest(
            @NotNull @Schema(required = true) UUID referralId,
            @NotNull @Schema(required = true) DecisionOutcome outcome,
            @NotBlank @Size(max = 5000) @Schema(required = true, description = "Why: always required") String rationale,
            @Schema(description = "Required to DECLINE") DeclineReason declineReason,
            @Size(max = 10) List<@NotNull UUID> services,
            @Size(max = 200) @Schema(description = "Required to SIGNPOST: who follows the family up") String followUpBy,
            @Size(max = 5000) @Schema(description = "Required to REQUEST_INFO: what the school should send") String infoRequested,
            @Size(max = 2000) @Schema(description = "Required to ACCEPT a referral that fails an eligibility rule")
            String eligibilityOverrideReason) {}

    @Schema(name = "TriageDecision")
    public record DecisionView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID meetingId,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) DecisionOutcome outcome,
            @Schema(required = true) String rationale,
            DeclineReason declineReason,
            @Schema(required = true) List<ServiceView> services,
            String followUpBy,
            String infoRequested,
            @Schema(required = true) boolean eligibilityOverridden,
            String eligibilityOverrideReason,
            @Schema(required = true) Instant decidedAt,
            @Schema(required = true) String decidedBy) {}

    @Schema(name = "Service")
    public record ServiceView(@Schema(required = true) UUID id, @Schema(required = true) String name,
            @Schema(required = true) String description, String area, @Schema(required = true) String contact) {}
}
