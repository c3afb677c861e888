package org.teamaround.demo;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where to move the service's clock. */
@Schema(name = "MoveClock")
public record MoveClock(@NotNull @Schema(required = true, description = "The instant the clock should read, UTC") Instant at) {}
