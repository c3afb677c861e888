package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import org.teamaround.allocation.rules.WorkingDays;

/** England and Wales working days for the service's deadlines (admin-imported one-off holidays come later). */
@ApplicationScoped
class WorkingDaysProducer {

    @Produces
    @ApplicationScoped
    WorkingDays workingDays() {
        return WorkingDays.englandAndWales(Set.of());
    }
}
