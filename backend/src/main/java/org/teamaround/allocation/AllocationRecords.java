package org.teamaround.allocation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The allocation API's requests and answers. */
public final class AllocationRecords {

    private AllocationRecords() {}

    @Schema(name = "AllocationQueueItem")
    record QueueItem(
            @Schema(required = true) int position,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String reference,
            String childName,
            @Schema(required = true) String schoolUrn,
            @Schema(required = true) String schoolName,
            @Schema(required = true) String area,
            @Schema(required = true) LocalDate acceptedOn,
            @Schema(required = true, description = "Why the referral is at this position") String reason) {}

    @Schema(name = "AllocationQueuePage")
    record QueuePage(
            @Schema(required = true) List<QueueItem> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true, description = "How many referrals wait (with `referralId`: 1 when it waits, else 0)")
            long total) {}

    @Schema(name = "Practitioner")
    record PractitionerView(
            @Schema(required = true, description = "The Keycloak user id") String id,
            @Schema(required = true) String username,
            @Schema(required = true) String name,
            String area,
            @Schema(required = true, description = "Open cases") long caseload,
            @Schema(required = true) int capacity,
            @Schema(required = true, description = "Send it back to change the settings") long version) {

        static PractitionerView of(Practitioner p) {
            return new PractitionerView(p.id, p.username, p.name, p.area == null ? null : p.area.name,
                    SupportCase.caseload(p.id), p.capacity, p.version);
        }
    }

    @Schema(name = "PractitionerUpdate", description = "What the service keeps about a practitioner besides Keycloak")
    record PractitionerUpdate(
            @NotNull @Min(0) @Max(200) @Schema(required = true, description = "Open cases they can hold") Integer capacity,
            @Size(max = 100) @Schema(description = "The area they work in; absent for none") String area,
            @NotNull @Schema(required = true, description = "The version read") Long version) {}

    @Schema(name = "AllocationRequest")
    record AllocationRequest(
            @NotNull @Schema(required = true) UUID referralId,
            @NotBlank @Size(max = 100) @Schema(required = true) String practitionerId,
            @Size(max = 2000) @Schema(description = "Required to allocate to a practitioner at capacity")
            String overrideReason) {}

    @Schema(name = "Case")
    public record CaseView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID referralId,
            @Schema(required = true) String reference,
            String childName,
            @Schema(required = true) String schoolName,
            @Schema(required = true) String practitionerId,
            @Schema(required = true) String practitionerName,
            @Schema(required = true) String state,
            @Schema(required = true) LocalDate allocatedOn,
            @Schema(required = true, description = "Five working days after allocation (England and Wales)")
            LocalDate firstContactDue,
            @Schema(description = "The earliest contact with the family, once there is one") LocalDate firstContactOn,
            @Schema(required = true) FirstContactStatus firstContactStatus,
            @Schema(description = "Working days from allocation to the first contact") Integer firstContactWorkingDays,
            @Schema(description = "When the next Team Around the Family review is due") LocalDate nextReviewDue,
            @Schema(description = "The day the case closed, while it is closed") LocalDate closedOn,
            @Schema(description = "Why it was allocated beyond capacity (not shown to partners)") String overrideReason) {

        /** The case as a partner sees it: the allocation's reasons are the service's own business. */
        CaseView withoutOverrideReason() {
            return new CaseView(id, referralId, reference, childName, schoolName, practitionerId, practitionerName,
                    state, allocatedOn, firstContactDue, firstContactOn, firstContactStatus, firstContactWorkingDays,
                    nextReviewDue, closedOn, null);
        }
    }

    @Schema(name = "FirstContactStatus", description = "DUE and OVERDUE wait for a first contact; MET and MISSED had "
            + "it within five working days or later")
    public enum FirstContactStatus {
        DUE, OVERDUE, MET, MISSED
    }
}
