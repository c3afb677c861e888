package org.teamaround.common.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.teamaround.common.security.CurrentUser;

/**
 * Writes audit rows in the caller's transaction, so a change and its audit row commit or fail together; a refused
 * access commits on its own.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    CurrentUser user;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    /** Who acts in a request, read on the request's thread so that a row may be written on another. */
    public record Actor(String userId, String username, String roles, String clientId, String requestId,
            String sourceIp) {

        static Actor system(String job) {
            return new Actor("system:" + job, null, "", null, null, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordType, UUID recordId) {
        write(actor(), action, recordType, recordId);
    }

    /**
     * A refused access, in a transaction of its own: the caller's transaction rolls back with the 404 or 403 it
     * answers, and the attempt must stay on the record.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String recordType, UUID recordId) {
        write(actor(), AuditAction.DENIED, recordType, recordId);
    }

    /** A refused access by an actor read earlier, in a transaction of its own, on any thread. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(Actor actor, String recordType, UUID recordId) {
        write(actor, AuditAction.DENIED, recordType, recordId);
    }

    /** What a scheduled job did: no person, role or request stands behind it, so the job's name does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bySystem(String job, AuditAction action, String recordType, UUID recordId) {
        write(Actor.system(job), action, recordType, recordId);
    }

    /** The current request's caller. */
    public Actor actor() {
        return new Actor(user.id(), user.username(), String.join(",", user.roles()), user.clientId(), requestId(),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress());
    }

    private void write(Actor actor, AuditAction action, String recordType, UUID recordId) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.at = clock.instant();
        event.userId = actor.userId();
        event.username = actor.username();
        event.roles = actor.roles();
        event.clientId = actor.clientId();
        event.action = action;
        event.recordType = recordType;
        event.recordId = recordId;
        event.requestId = actor.requestId();
        event.sourceIp = actor.sourceIp();
        event.persist();
    }

    private String requestId() {
        String header = request.getHeader("X-Request-Id");
        return header != null && header.length() <= 100 ? header : UUID.randomUUID().toString();
    }
}
