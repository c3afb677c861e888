package org.teamaround.demo;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.security.Roles;
import org.teamaround.common.time.Clocks;

/**
 * Lets the demo loader (`make demo-data`) write two school years of history through the ordinary API by moving the
 * service's clock. Off unless `teamaround.demo.clock-control` is true (the local run and test stacks only): then every
 * call answers 404, as if it did not exist.
 */
@Path("/api/v1/demo/clock")
@Tag(name = "Demo", description = "Only on a demo or test stack: the service's clock")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DemoClockResource {

    @Inject
    Clocks clocks;

    @Inject
    Clock clock;

    @ConfigProperty(name = "teamaround.demo.clock-control", defaultValue = "false")
    boolean enabled;

    @GET
    @Operation(operationId = "getDemoClock", summary = "The time the service's clock reads (demo and test stacks only)")
    @APIResponse(responseCode = "200", description = "The clock",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoClock.class)))
    public DemoClock get() {
        requireEnabled();
        return current();
    }

    @PUT
    @Operation(operationId = "moveDemoClock", summary = "Moves the service's clock; it runs on from there (demo and test stacks only)")
    @APIResponse(responseCode = "200", description = "The clock after the move",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoClock.class)))
    public DemoClock move(@Valid @NotNull MoveClock request) {
        requireEnabled();
        clocks.moveTo(request.at());
        Log.infof("Demo clock moved to %s", request.at());
        return current();
    }

    @DELETE
    @Operation(operationId = "resetDemoClock", summary = "Puts the service's clock back to the system's time (demo and test stacks only)")
    @APIResponse(responseCode = "200", description = "The clock after the reset",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoClock.class)))
    public DemoClock reset() {
        requireEnabled();
        clocks.reset();
        return current();
    }

    private DemoClock current() {
        return new DemoClock(clock.instant(), clocks.isShifted());
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new ApiException(Problems.of(ProblemType.NOT_FOUND, "Not found."));
        }
    }
}
