package org.teamaround.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditEvent;

/** The audit trail as the API shows it. */
final class AuditRecords {

    private AuditRecords() {}

    /** One access to a record: who (and with which roles and client), what, when, outcome, which request. */
    @Schema(name = "AuditEntry")
    record Entry(
            @Schema(required = true) Instant at,
            @Schema(required = true) String userId,
            String username,
            @Schema(required = true) List<String> roles,
            String clientId,
            @Schema(required = true) AuditAction action,
            @Schema(required = true, description = "ALLOWED, or DENIED for a refused access") String outcome,
            @Schema(required = true) String recordType,
            UUID recordId,
            String requestId) {

        static Entry of(AuditEvent event) {
            return new Entry(event.at, event.userId, event.username,
                    event.roles.isEmpty() ? List.of() : List.of(event.roles.split(",")), event.clientId,
                    event.action, event.action == AuditAction.DENIED ? "DENIED" : "ALLOWED", event.recordType,
                    event.recordId, event.requestId);
        }
    }

    /** A page of the trail, newest first. */
    @Schema(name = "AuditPage")
    record Page(
            @Schema(required = true) List<Entry> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {}
}
