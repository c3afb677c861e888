package org.teamaround.casework.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.common.security.CurrentUser;

/** Keeps each saved version of a case record, numbered from 1, and lists them latest first. */
@ApplicationScoped
public class RecordVersions {

    @Schema(name = "RecordVersion", description = "A case record as it was saved")
    public record View(
            @Schema(required = true) int number,
            String state,
            @Schema(required = true, description = "The record's content as saved") Object content,
            @Schema(required = true) Instant savedAt,
            @Schema(required = true) String savedBy) {}

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(UUID caseId, RecordKind kind, String state, Object content) {
        RecordVersion version = new RecordVersion();
        version.id = UUID.randomUUID();
        version.caseId = caseId;
        version.kind = kind;
        version.number = (int) RecordVersion.count("caseId = ?1 and kind = ?2", caseId, kind) + 1;
        version.state = state;
        version.content = content;
        version.savedById = user.id();
        version.savedByName = user.displayName();
        version.savedAt = clock.instant();
        version.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<View> of(UUID caseId, RecordKind kind) {
        return RecordVersion.<RecordVersion>list("caseId = ?1 and kind = ?2 order by number desc", caseId, kind).stream()
                .map(v -> new View(v.number, v.state, v.content, v.savedAt, v.savedByName))
                .toList();
    }
}
