package org.teamaround.common.audit;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role refused a function (403) is an authorization failure the trail keeps: as DENIED on the record the address
 * names (its first id), or on no record when it names none.
 */
@ApplicationScoped
public class FunctionRefusals {

    public static final String RECORD_TYPE = "FUNCTION";

    private static final Pattern ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    AuditLog audit;

    @Inject
    HttpServerRequest request;

    /**
     * Written on a worker thread: a role check refuses on the event loop, where no transaction may start. The caller
     * is read here, on the request's thread.
     */
    public Uni<Void> refused() {
        AuditLog.Actor actor = audit.actor();
        Matcher id = ID.matcher(request.path());
        UUID recordId = id.find() ? UUID.fromString(id.group()) : null;
        return Uni.createFrom().voidItem().emitOn(Infrastructure.getDefaultWorkerPool())
                .invoke(() -> audit.denied(actor, RECORD_TYPE, recordId));
    }
}
