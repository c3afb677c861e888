package org.teamaround.school;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schools API's requests and answers; the CSV import checks its rows against the same request. */
final class SchoolRecords {

    private SchoolRecords() {}

    static final String TWO_PLACES = "must have at most 2 decimal places";

    /** A school as an admin creates or changes it; `version` is required on update and ignored on create. */
    @Schema(name = "SchoolRequest")
    record Request(
            @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit URN")
            @Schema(required = true, examples = "100001") String urn,
            @NotBlank @Size(max = 200) @Schema(required = true) String name,
            @NotBlank @Size(max = 100) @Schema(required = true, examples = "Pontefract") String area,
            @NotNull @Schema(required = true) SchoolPhase phase,
            @Valid Vulnerability vulnerability,
            @PositiveOrZero @Schema(description = "The version you read; required on update") Long version) {

        Vulnerability figures() {
            return vulnerability == null ? Vulnerability.NONE : vulnerability;
        }
    }

    /** The school's row of the local authority's Vulnerability Table; a figure not known is absent. */
    @Schema(name = "SchoolVulnerability")
    record Vulnerability(
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2, message = TWO_PLACES)
            @Schema(description = "Pupils with special educational needs, % of roll", examples = "18.5")
            BigDecimal senPercent,
            @PositiveOrZero @Schema(description = "Looked-after children on roll", examples = "4") Integer lookedAfter,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2, message = TWO_PLACES)
            @Schema(description = "Pupils joining or leaving outside the usual times, % of roll", examples = "9")
            BigDecimal mobilityPercent,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2, message = TWO_PLACES)
            @Schema(description = "Pupils with English as an additional language, % of roll", examples = "6.5")
            BigDecimal ealPercent) {

        static final Vulnerability NONE = new Vulnerability(null, null, null, null);
    }

    @Schema(name = "School")
    record View(
            @Schema(required = true, examples = "100001") String urn,
            @Schema(required = true) String name,
            @Schema(required = true, examples = "Pontefract") String area,
            @Schema(required = true) SchoolPhase phase,
            @Schema(required = true) Vulnerability vulnerability,
            @Schema(required = true) long version) {

        static View of(School school) {
            return new View(school.urn, school.name, school.area.name, school.phase, new Vulnerability(
                    school.senPercent, school.lookedAfter, school.mobilityPercent, school.ealPercent), school.version);
        }
    }

    /** A page of schools by name (the contract names its item type, which a generic record cannot). */
    @Schema(name = "SchoolPage")
    record Page(
            @Schema(required = true) List<View> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {}

    @Schema(name = "SchoolImportResult", description = "What an import did, school by school")
    record ImportResult(
            @Schema(required = true, description = "Schools whose URN was new") int created,
            @Schema(required = true, description = "Schools whose row changed at least one value") int updated,
            @Schema(required = true, description = "Schools whose row matched what the service held") int unchanged) {}
}
