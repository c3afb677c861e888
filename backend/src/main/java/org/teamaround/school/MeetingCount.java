package org.teamaround.school;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many meeting days to propose: a String, so that a wrong one is 400 rather than Jakarta REST's 404. */
public class MeetingCount {

    @QueryParam("count")
    @DefaultValue("3")
    @Pattern(regexp = "[1-9]|1[0-9]|2[0-6]", message = "must be a whole number from 1 to 26")
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "26", defaultValue = "3")
    public String count;

    int value() {
        return Integer.parseInt(count);
    }
}
