package org.teamaround.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.paging.PageRequest;

/** Reads the audit trail for a senior; reading it is itself recorded. */
@ApplicationScoped
class AuditTrail {

    static final String RECORD_TYPE = "AUDIT_TRAIL";

    @Inject
    AuditLog audit;

    @Transactional
    AuditRecords.Page search(AuditQuery query, PageRequest paging) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters params = new Parameters();
        List<UUID> recordIds = query.recordUuids();
        if (!recordIds.isEmpty()) {
            where.add("recordId in :recordIds");
            params.and("recordIds", recordIds);
        }
        if (query.userId != null) {
            where.add("userId = :userId");
            params.and("userId", query.userId);
        }
        Instant from = query.fromInstant();
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from);
        }
        Instant until = query.untilInstant();
        if (until != null) {
            where.add("at < :until");
            params.and("until", until);
        }
        String filter = String.join(" and ", where);
        List<AuditRecords.Entry> items = AuditEvent.<AuditEvent>find(filter + " order by at desc, id desc", params)
                .page(Page.of(paging.page, paging.size)).stream().map(AuditRecords.Entry::of).toList();
        long total = AuditEvent.count(filter, params);
        recordLook(recordIds);
        return new AuditRecords.Page(items, paging.page, paging.size, total);
    }

    /** One row per record whose trail was read, so that looking at a child's trail shows on that child's trail. */
    private void recordLook(List<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            audit.record(AuditAction.LIST, RECORD_TYPE, null);
        }
        recordIds.forEach(id -> audit.record(AuditAction.LIST, RECORD_TYPE, id));
    }
}
