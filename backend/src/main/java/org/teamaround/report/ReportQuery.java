package org.teamaround.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.time.QueryDates;

/** A report's period, filters and breakdown, as query parameters. */
public class ReportQuery {

    static final int MAX_YEARS = 3;

    /** The first day of the period (Europe/London). */
    @QueryParam("from")
    @NotNull
    @Schema(format = "date", required = true)
    public String from;

    /** The last day of the period, included. */
    @QueryParam("to")
    @NotNull
    @Schema(format = "date", required = true)
    public String to;

    @QueryParam("areaId")
    @Schema(format = "uuid")
    public String areaId;

    @QueryParam("schoolUrn")
    @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit URN")
    public String schoolUrn;

    /** The child's primary need (an SEN2 code). */
    @QueryParam("needType")
    @Pattern(regexp = "SPLD|MLD|SLD|PMLD|SEMH|SLCN|HI|VI|MSI|PD|ASD|OTH|NSA", message = "must be an SEN2 primary need code")
    public String needType;

    /** The case's practitioner (their Keycloak id). */
    @QueryParam("practitionerId")
    @Size(max = 100)
    public String practitionerId;

    @QueryParam("by")
    @Pattern(regexp = "area|school|needType|practitioner|month", message = "must be area, school, needType, practitioner or month")
    public String by;

    LocalDate fromDate() {
        return date("from", from);
    }

    LocalDate toDate() {
        LocalDate end = date("to", to);
        if (end.isBefore(fromDate())) {
            throw ApiException.invalid("to", "must be on or after from");
        }
        if (end.isAfter(fromDate().plusYears(MAX_YEARS))) {
            throw ApiException.invalid("to", "must be at most " + MAX_YEARS + " years after from");
        }
        return end;
    }

    UUID areaUuid() {
        return ApiException.uuid("areaId", areaId);
    }

    Breakdown breakdown() {
        return Breakdown.fromParam(by);
    }

    private static LocalDate date(String name, String value) {
        return QueryDates.parse(name, value);
    }
}
