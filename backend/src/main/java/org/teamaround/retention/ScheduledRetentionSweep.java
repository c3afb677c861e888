package org.teamaround.retention;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;

/** The nightly sweep (`teamaround.retention.sweep-cron`, `off` to stop it); every replica tries, one runs. */
@ApplicationScoped
class ScheduledRetentionSweep {

    static final String JOB = "retention-sweep";

    @Inject
    RetentionSweep sweep;

    @Inject
    AuditLog audit;

    @Scheduled(identity = JOB, cron = "{teamaround.retention.sweep-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        RetentionSweep.Result result = sweep.sweep();
        result.markedReviews().forEach(id -> audit.bySystem(JOB, AuditAction.TRANSITION, RetentionReviews.RECORD_TYPE, id));
        if (result.ran()) {
            Log.infof("Retention sweep marked %d records for review", result.markedReviews().size());
        } else {
            Log.info("Retention sweep skipped: another instance holds the lock");
        }
    }
}
