package org.teamaround.casework.group;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The filters of the group list, as query parameters (strings, so that a mistyped one is 400, not 404). */
public class GroupFilter {

    @QueryParam("schoolYear")
    @Pattern(regexp = "[0-9]{4}/[0-9]{2}", message = "must be a school year such as 2026/27")
    public String schoolYear;

    @QueryParam("halfTerm")
    @Pattern(regexp = "AUTUMN_1|AUTUMN_2|SPRING_1|SPRING_2|SUMMER_1|SUMMER_2",
            message = "must be one of AUTUMN_1, AUTUMN_2, SPRING_1, SPRING_2, SUMMER_1, SUMMER_2")
    @Schema(implementation = HalfTerm.class)
    public String halfTerm;

    @QueryParam("areaId")
    @Pattern(regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "must be an area id")
    @Schema(format = "uuid")
    public String areaId;

    Optional<HalfTerm> term() {
        return Optional.ofNullable(halfTerm).map(HalfTerm::valueOf);
    }

    Optional<UUID> area() {
        return Optional.ofNullable(areaId).map(UUID::fromString);
    }
}
