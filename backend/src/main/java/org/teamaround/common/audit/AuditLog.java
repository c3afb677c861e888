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

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String recordType, UUID recordId) {
        write(action, recordType, recordId);
    }

    /**
     * A refused access, in a transaction of its own: the caller's transaction rolls back with the 404 or 403 it
     * answers, and the attempt must stay on the record.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void denied(String recordType, UUID recordId) {
        write(AuditAction.DENIED, recordType, recordId);
    }

    private void write(AuditAction action, String recordType, UUID recordId) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID();
        event.at = clock.instant();
        event.userId = user.id();
        event.username = user.username();
        event.roles = String.join(",", user.roles());
        event.clientId = user.clientId();
        event.action = action;
        event.recordType = recordType;
        event.recordId = recordId;
        event.requestId = requestId();
        event.sourceIp = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        event.persist();
    }

    private String requestId() {
        String header = request.getHeader("X-Request-Id");
        return header != null && header.length() <= 100 ? header : UUID.randomUUID().toString();
    }
}
