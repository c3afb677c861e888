package org.teamaround.demo;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The time the service's clock reads. */
@Schema(name = "DemoClock")
public record DemoClock(
        @Schema(required = true, description = "The instant the clock reads, UTC") Instant at,
        @Schema(required = true, description = "Whether the clock is moved away from the system's time") boolean shifted) {}
