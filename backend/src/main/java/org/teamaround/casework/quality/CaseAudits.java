package org.teamaround.casework.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.quality.QualityRecords.CaseAuditView;
import org.teamaround.casework.quality.QualityRecords.CycleView;
import org.teamaround.casework.quality.QualityRecords.Grading;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;

/**
 * Case audits: a senior starts a cycle that samples open cases at random; seniors grade each with findings and
 * actions; the case's practitioner reads the graded audits of their case.
 */
@ApplicationScoped
public class CaseAudits {

    static final String CYCLE_RECORD_TYPE = "CASE_AUDIT_CYCLE";
    static final String RECORD_TYPE = "CASE_AUDIT";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "teamaround.audit.sample-size", defaultValue = "5")
    int defaultSampleSize;

    @ConfigProperty(name = "teamaround.audit.cycle-weeks", defaultValue = "6")
    int cycleWeeks;

    @Transactional
    CycleView start(Integer sampleSize) {
        int size = sampleSize == null ? defaultSampleSize : sampleSize;
        @SuppressWarnings("unchecked")
        List<UUID> sample = entityManager.createNativeQuery(
                "select id from support_case where state in ('ALLOCATED', 'ACTIVE') order by random() limit :size",
                UUID.class).setParameter("size", size).getResultList();
        if (sample.isEmpty()) {
            throw ApiException.stateConflict("NO_OPEN_CASES", "There are no open cases to audit.", List.of());
        }
        AuditCycle cycle = new AuditCycle();
        cycle.id = UUID.randomUUID();
        cycle.startedOn = LocalDate.now(clock);
        cycle.sampleSize = size;
        cycle.startedById = user.id();
        cycle.startedByName = user.displayName();
        cycle.startedAt = clock.instant();
        cycle.persist();
        for (UUID caseId : sample) {
            CaseAudit caseAudit = new CaseAudit();
            caseAudit.id = UUID.randomUUID();
            caseAudit.cycleId = cycle.id;
            caseAudit.caseId = caseId;
            caseAudit.persist();
        }
        CaseAudit.flush();
        audit.record(AuditAction.CREATE, CYCLE_RECORD_TYPE, cycle.id);
        return view(cycle);
    }

    @Transactional
    List<CycleView> cycles() {
        List<AuditCycle> cycles = AuditCycle.list("order by startedAt desc");
        cycles.forEach(c -> audit.record(AuditAction.LIST, CYCLE_RECORD_TYPE, c.id));
        return cycles.stream().map(this::view).toList();
    }

    @Transactional
    CycleView cycle(UUID id) {
        AuditCycle cycle = AuditCycle.<AuditCycle>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("audit cycle"));
        audit.record(AuditAction.READ, CYCLE_RECORD_TYPE, cycle.id);
        return view(cycle);
    }

    @Transactional
    CaseAuditView grade(UUID id, Grading grading) {
        CaseAudit caseAudit = CaseAudit.<CaseAudit>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("case audit"));
        ApiException.checkVersion(grading.version(), caseAudit.version);
        caseAudit.grade = grading.grade();
        caseAudit.findings = grading.findings().trim();
        caseAudit.actions = grading.actions() == null || grading.actions().isBlank() ? null : grading.actions().trim();
        caseAudit.auditedById = user.id();
        caseAudit.auditedByName = user.displayName();
        caseAudit.auditedAt = clock.instant();
        CaseAudit.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, caseAudit.id);
        return view(caseAudit, AuditCycle.findById(caseAudit.cycleId));
    }

    /** The graded audits of a case, latest first: what its practitioner is told. */
    @Transactional
    List<CaseAuditView> ofCase(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        List<CaseAuditView> graded = gradedOf(supportCase.id);
        graded.forEach(a -> audit.record(AuditAction.LIST, RECORD_TYPE, a.id()));
        return graded;
    }

    /** The graded audits of a case, latest first; unaudited: the caller audits the read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseAuditView> gradedOf(UUID caseId) {
        List<CaseAudit> graded = CaseAudit.list("caseId = ?1 and grade is not null order by auditedAt desc", caseId);
        return graded.stream().map(a -> view(a, AuditCycle.findById(a.cycleId))).toList();
    }

    private CycleView view(AuditCycle cycle) {
        List<CaseAudit> audits = CaseAudit.list("cycleId", cycle.id);
        List<CaseAuditView> views = audits.stream().map(a -> view(a, cycle))
                .sorted(java.util.Comparator.comparing(CaseAuditView::practitionerName)
                        .thenComparing(CaseAuditView::reference))
                .toList();
        int graded = (int) audits.stream().filter(a -> a.grade != null).count();
        return new CycleView(cycle.id, cycle.startedOn, cycle.startedByName, cycle.sampleSize,
                cycle.startedOn.plusWeeks(cycleWeeks), graded, views);
    }

    private CaseAuditView view(CaseAudit a, AuditCycle cycle) {
        CaseAccess.Summary summary = cases.summary(SupportCase.findById(a.caseId));
        return new CaseAuditView(a.id, a.cycleId, cycle.startedOn, a.caseId, summary.reference(), summary.childName(),
                summary.practitionerName(), a.grade, a.findings, a.actions, a.auditedByName, a.auditedAt, a.version);
    }
}
