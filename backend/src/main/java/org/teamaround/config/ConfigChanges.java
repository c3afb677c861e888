package org.teamaround.config;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.config.ConfigChangeRecords.View;

/**
 * Records a configuration change in the caller's transaction: one config_change row per changed field, and
 * the audit row of the action, so the change and its history commit or fail together.
 */
@ApplicationScoped
public class ConfigChanges {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * Writes the rows of a change set; nothing when it changed nothing. `recordId` is the record's UUID for the
     * audit trail, or null for records keyed otherwise (a school's URN, a rule's code: config_change has the key).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, ChangeSet changes, UUID recordId) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        for (ChangeSet.FieldChange change : changes.changes()) {
            ConfigChange row = new ConfigChange();
            row.id = UUID.randomUUID();
            row.at = now;
            row.userId = user.id();
            row.username = user.username();
            row.entity = changes.entity();
            row.entityKey = changes.key();
            row.field = change.field();
            row.oldValue = change.oldValue();
            row.newValue = change.newValue();
            row.persist();
        }
        audit.record(action, changes.entity().name(), recordId);
    }

    /** The history, newest first; the rows of one change in field order. */
    @Transactional
    ConfigChangeRecords.Page list(ConfigChangeFilter filter, PageRequest paging) {
        List<String> where = new ArrayList<>(List.of("1 = 1"));
        Parameters params = new Parameters();
        if (filter.entity != null) {
            where.add("entity = :entity");
            params.and("entity", ConfigEntity.valueOf(filter.entity));
        }
        if (filter.key != null) {
            where.add("entityKey = :key");
            params.and("key", filter.key);
        }
        String query = String.join(" and ", where);
        List<View> items = ConfigChange.<ConfigChange>find(query + " order by at desc, entity, entityKey, field, id",
                params).page(Page.of(paging.page, paging.size)).stream().map(View::of).toList();
        return new ConfigChangeRecords.Page(items, paging.page, paging.size, ConfigChange.count(query, params));
    }
}
