package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.teamaround.allocation.AllocationRecords.PractitionerUpdate;
import org.teamaround.allocation.AllocationRecords.PractitionerView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.error.ApiException;
import org.teamaround.config.ChangeSet;
import org.teamaround.config.ConfigChanges;
import org.teamaround.config.ConfigEntity;
import org.teamaround.school.Area;

/** What admins set about a practitioner that Keycloak has no place for: capacity and area, each change recorded. */
@ApplicationScoped
class PractitionerSettings {

    @Inject
    PractitionerDirectory directory;

    @Inject
    ConfigChanges changes;

    @Transactional
    Optional<PractitionerView> update(String id, PractitionerUpdate request) {
        directory.refreshIfStale();
        Optional<Practitioner> found = Practitioner.findByIdOptional(id);
        found.ifPresent(practitioner -> {
            if (request.version() != practitioner.version) {
                throw ApiException.staleVersion(practitioner.version);
            }
            Area area = request.area() == null ? null : Area.<Area>find("lower(name)", request.area().trim().toLowerCase())
                    .firstResultOptional().orElseThrow(() -> ApiException.invalid("area", "is not an area of this service"));
            // Keyed by username: the history is read by people, and Keycloak ids mean nothing to them.
            ChangeSet set = new ChangeSet(ConfigEntity.PRACTITIONER, practitioner.username);
            practitioner.capacity = set.set("capacity", practitioner.capacity, request.capacity());
            set.set("area", practitioner.area == null ? null : practitioner.area.name, area == null ? null : area.name);
            practitioner.area = area; // the same area is the same row to Hibernate: nothing written
            Practitioner.flush();
            changes.record(AuditAction.UPDATE, set, null);
        });
        return found.map(PractitionerView::of);
    }
}
