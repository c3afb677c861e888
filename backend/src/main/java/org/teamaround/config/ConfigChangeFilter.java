package org.teamaround.config;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters of the configuration history, as query parameters. */
public class ConfigChangeFilter {

    /** A String, not the enum: Jakarta REST answers 404 for an unconvertible query parameter; we answer 400. */
    @QueryParam("entity")
    @Pattern(regexp = "SCHOOL|AREA|ELIGIBILITY_RULE|PRACTITIONER",
            message = "must be SCHOOL, AREA, ELIGIBILITY_RULE or PRACTITIONER")
    @Schema(type = SchemaType.STRING, enumeration = {"SCHOOL", "AREA", "ELIGIBILITY_RULE", "PRACTITIONER"})
    public String entity;

    /** The record's key: a school's URN, an area's name, a rule's code or a practitioner's username. */
    @QueryParam("key")
    @Size(max = 200)
    public String key;
}
