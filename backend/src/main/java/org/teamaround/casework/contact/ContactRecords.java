package org.teamaround.casework.contact;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contacts API's requests and answers. */
public final class ContactRecords {

    private ContactRecords() {}

    @Schema(name = "ContactRequest")
    record ContactRequest(
            @NotNull @Schema(required = true, description = "Not in the future, not before the allocation") LocalDate date,
            @NotNull @Schema(required = true) ContactType type,
            @NotNull @Min(1) @Max(720) @Schema(required = true) Integer durationMinutes,
            @Size(max = 500) @Schema(description = "Who was seen, e.g. mother and child") String whoSeen,
            @NotNull @Schema(required = true) Boolean childSeen,
            @Schema(description = "Only when the child was seen") Boolean childSeenAlone,
            @NotBlank @Size(max = 10000) @Schema(required = true) String note) {}

    @Schema(name = "Contact")
    public record ContactView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID caseId,
            @Schema(required = true) LocalDate date,
            @Schema(required = true) ContactType type,
            @Schema(required = true) int durationMinutes,
            String whoSeen,
            @Schema(required = true) boolean childSeen,
            Boolean childSeenAlone,
            @Schema(required = true) String note,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt) {

        public static ContactView of(Contact c) {
            return new ContactView(c.id, c.caseId, c.date, c.type, c.durationMinutes, c.whoSeen, c.childSeen,
                    c.childSeenAlone, c.note, c.recordedByName, c.recordedAt);
        }
    }
}
