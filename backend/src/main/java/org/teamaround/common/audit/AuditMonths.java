package org.teamaround.common.audit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.teamaround.common.time.Clocks;

/**
 * Keeps the audit trail's monthly partitions a year ahead, at start and every night, so that rows land in their
 * month and not in the default partition (a month whose rows are already there cannot be made afterwards).
 * Replicas may do it at once: `audit_event_add_month` takes a lock and makes each month only once.
 */
@ApplicationScoped
public class AuditMonths {

    static final int MONTHS_AHEAD = 12;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    void atStart(@Observes StartupEvent start) {
        ensureAhead();
    }

    @Scheduled(identity = "audit-months", cron = "{teamaround.audit.months-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        ensureAhead();
    }

    /** The months made now, from this month to a year ahead; a month that cannot be made is logged and skipped. */
    public List<LocalDate> ensureAhead() {
        LocalDate first = LocalDate.now(clock.withZone(Clocks.LONDON)).withDayOfMonth(1);
        List<LocalDate> made = new ArrayList<>();
        for (int i = 0; i <= MONTHS_AHEAD; i++) {
            LocalDate month = first.plusMonths(i);
            try {
                if (QuarkusTransaction.requiringNew().call(() -> add(month))) {
                    made.add(month);
                }
            } catch (RuntimeException e) {
                Log.warnf("Audit month %s not made (rows for it already in the default partition?): %s", month,
                        e.getClass().getSimpleName());
            }
        }
        if (!made.isEmpty()) {
            Log.infof("Audit trail: made the months %s", made);
        }
        return made;
    }

    private boolean add(LocalDate month) {
        return (Boolean) entityManager.createNativeQuery("select audit_event_add_month(:month)")
                .setParameter("month", month).getSingleResult();
    }
}
