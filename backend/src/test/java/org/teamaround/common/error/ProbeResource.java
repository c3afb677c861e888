package org.teamaround.common.error;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A test-only endpoint that takes a JSON body, so the error handling of request bodies can be exercised. */
@Path("/test-probe")
public class ProbeResource {

    public record Item(@NotBlank String label) {}

    public record Body(@NotBlank String name, @Min(0) @Max(100) Double percent, List<@Valid Item> items) {}

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Body echo(@Valid Body body) {
        return body;
    }

    @POST
    @Path("/fail")
    @PermitAll
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException("a bug with private details");
    }
}
