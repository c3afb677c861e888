package org.teamaround.referral;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.time.QueryDates;

/** The filters of the referral list, as query parameters. */
public class ReferralFilter {

    /** A String, not the enum: Jakarta REST answers 404 for an unconvertible query parameter; we answer 400. */
    @QueryParam("state")
    @Pattern(regexp = "DRAFT|SUBMITTED|INFO_REQUESTED|DEFERRED|ACCEPTED|SIGNPOSTED|DECLINED|ESCALATED|WITHDRAWN"
            + "|ALLOCATED|ACTIVE|CLOSED", message = "must be one of the referral states")
    @Schema(implementation = ReferralState.class)
    public String state;

    @QueryParam("schoolUrn")
    @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit URN")
    public String schoolUrn;

    @QueryParam("area")
    @Size(max = 100)
    public String area;

    @QueryParam("needTag")
    @Size(max = 40)
    public String needTag;

    /** Part of the child's first or last name, or of the reference. */
    @QueryParam("q")
    @Size(max = 100)
    public String q;

    /** Created on or after this day (Europe/London). */
    @QueryParam("from")
    @Schema(format = "date")
    public String from;

    /** Created on or before this day (Europe/London). */
    @QueryParam("to")
    @Schema(format = "date")
    public String to;

    Optional<LocalDate> fromDate() {
        return date("from", from);
    }

    Optional<LocalDate> toDate() {
        return date("to", to);
    }

    private static Optional<LocalDate> date(String name, String value) {
        return Optional.ofNullable(QueryDates.parse(name, value));
    }
}
