package org.teamaround.config;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The configuration history's answers. */
final class ConfigChangeRecords {

    private ConfigChangeRecords() {}

    @Schema(name = "ConfigChange", description = "One field of a configuration record changed by an admin")
    record View(
            @Schema(required = true) UUID id,
            @Schema(required = true) Instant at,
            @Schema(required = true) String userId,
            String username,
            @Schema(required = true) ConfigEntity entity,
            @Schema(required = true, description = "A school's URN, an area's name or a rule's code") String entityKey,
            @Schema(required = true, description = "The field as the API names it, e.g. vulnerability.senPercent")
            String field,
            @Schema(description = "Absent when the field had no value (e.g. on creation)") String oldValue,
            @Schema(description = "Absent when the field was cleared") String newValue) {

        static View of(ConfigChange change) {
            return new View(change.id, change.at, change.userId, change.username, change.entity, change.entityKey,
                    change.field, change.oldValue, change.newValue);
        }
    }

    /** A page of the history, newest first. */
    @Schema(name = "ConfigChangePage")
    record Page(
            @Schema(required = true) List<View> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {}
}
