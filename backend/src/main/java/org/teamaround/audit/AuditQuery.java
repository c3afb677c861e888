package org.teamaround.audit;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.time.Clocks;
import org.teamaround.common.time.QueryDates;

/** The filters of the audit trail, as query parameters; all optional, combined with "and". */
public class AuditQuery {

    /**
     * The records read or changed (a referral's, a case's or another record's id); repeat the parameter for a child's
     * whole record (the referral and its case).
     */
    @QueryParam("recordId")
    @Size(max = 10)
    public List<@Size(max = 36) String> recordId = List.of();

    /** Who acted: their Keycloak id (`sub`), or a partner system's client id. */
    @QueryParam("userId")
    @Size(max = 100)
    public String userId;

    /** On or after this day (Europe/London). */
    @QueryParam("from")
    @Schema(format = "date")
    public String from;

    /** On or before this day (Europe/London). */
    @QueryParam("to")
    @Schema(format = "date")
    public String to;

    List<UUID> recordUuids() {
        return recordId.stream().map(id -> ApiException.uuid("recordId", id)).toList();
    }

    /** The first instant of the `from` day, or null. */
    Instant fromInstant() {
        LocalDate day = QueryDates.parse("from", from);
        return day == null ? null : day.atStartOfDay(Clocks.LONDON).toInstant();
    }

    /** The first instant after the `to` day, or null. */
    Instant untilInstant() {
        LocalDate day = QueryDates.parse("to", to);
        LocalDate first = QueryDates.parse("from", from);
        if (day != null && first != null && day.isBefore(first)) {
            throw ApiException.invalid("to", "must be on or after from");
        }
        return day == null ? null : day.plusDays(1).atStartOfDay(Clocks.LONDON).toInstant();
    }
}
