package org.teamaround.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The areas API's requests and answers. */
final class AreaRecords {

    private AreaRecords() {}

    @Schema(name = "TriageCadence", description = "The panel meets every `everyWeeks` weeks on `weekday`, "
            + "in the series that includes `startsOn`")
    record Cadence(
            @NotNull @Min(1) @Max(12) @Schema(required = true, examples = "2") Integer everyWeeks,
            @NotNull @Schema(required = true, examples = "FRIDAY") Weekday weekday,
            @Schema(description = "A meeting day of the series, on `weekday`; when left out, the first such day "
                    + "from today", examples = "2026-01-02") LocalDate startsOn) {

        static Cadence of(Area area) {
            return new Cadence(area.triageEveryWeeks, area.triageWeekday, area.triageStartsOn);
        }
    }

    @Schema(name = "Area", description = "A locality of the service with its own triage panel")
    record View(
            @Schema(required = true) UUID id,
            @Schema(required = true, examples = "Pontefract") String name,
            @Schema(required = true) Cadence triageCadence,
            @Schema(required = true) long version) {

        static View of(Area area) {
            return new View(area.id, area.name, Cadence.of(area), area.version);
        }
    }

    @Schema(name = "AreaRequest")
    record Request(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}0-9 '&,.()-]*",
                    message = "may have letters, digits, spaces and ' & , . ( ) - only")
            @Schema(required = true, examples = "Pontefract") String name,
            @NotNull @Valid @Schema(required = true) Cadence triageCadence) {}

    @Schema(name = "AreaUpdate", description = "A new triage cadence for an area")
    record Update(
            @NotNull @Valid @Schema(required = true) Cadence triageCadence,
            @NotNull @PositiveOrZero @Schema(required = true, description = "The version you read") Long version) {}

    @Schema(name = "ProposedMeeting")
    record ProposedMeeting(
            @Schema(required = true, examples = "2026-01-16") LocalDate date,
            @Schema(required = true, description = "An England and Wales bank holiday: choose another day")
            boolean bankHoliday) {}

    @Schema(name = "NextMeetings", description = "The area's next panel days by its cadence, from today")
    record NextMeetings(
            @Schema(required = true) String area,
            @Schema(required = true) Cadence triageCadence,
            @Schema(required = true) List<ProposedMeeting> meetings) {}
}
