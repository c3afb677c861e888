package org.teamaround.casework.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.assessment.AssessmentRecords.AssessmentRequest;
import org.teamaround.casework.assessment.AssessmentRecords.AssessmentView;
import org.teamaround.casework.history.RecordKind;
import org.teamaround.casework.history.RecordVersions;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;

/** Writes a case's assessment as a draft, completes it once every section is there, and keeps every version. */
@ApplicationScoped
class Assessments {

    static final String RECORD_TYPE = "CASE_ASSESSMENT";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    RecordVersions versions;

    @Inject
    Clock clock;

    @Transactional
    AssessmentView get(UUID caseId) {
        Assessment assessment = existing(cases.require(caseId));
        audit.record(AuditAction.READ, RECORD_TYPE, assessment.id);
        return AssessmentView.of(assessment);
    }

    @Transactional
    AssessmentView save(UUID caseId, AssessmentRequest request) {
        SupportCase supportCase = cases.requireOpen(caseId);
        Assessment assessment = Assessment.ofCase(supportCase.id).orElse(null);
        if (assessment == null) {
            ApiException.checkVersion(request.version(), null);
            assessment = new Assessment();
            assessment.id = UUID.randomUUID();
            assessment.caseId = supportCase.id;
            assessment.state = Assessment.DRAFT;
        } else {
            checkDraft(assessment, request.version());
        }
        assessment.write(request.sections());
        boolean created = !assessment.isPersistent();
        stamp(assessment);
        assessment.persist();
        Assessment.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, RECORD_TYPE, assessment.id);
        keepVersion(assessment);
        return AssessmentView.of(assessment);
    }

    @Transactional
    AssessmentView complete(UUID caseId, long version) {
        Assessment assessment = existing(cases.requireOpen(caseId));
        checkDraft(assessment, version);
        var missing = assessment.sections().missing();
        if (!missing.isEmpty()) {
            throw ApiException.incomplete("The assessment cannot be completed yet: some sections are empty.", missing);
        }
        assessment.state = Assessment.COMPLETED;
        assessment.completedAt = clock.instant();
        assessment.completedById = user.id();
        assessment.completedByName = user.displayName();
        stamp(assessment);
        Assessment.flush();
        audit.record(AuditAction.TRANSITION, RECORD_TYPE, assessment.id);
        keepVersion(assessment);
        return AssessmentView.of(assessment);
    }

    @Transactional
    List<RecordVersions.View> versions(UUID caseId) {
        Assessment assessment = existing(cases.require(caseId));
        audit.record(AuditAction.LIST, RECORD_TYPE, assessment.id);
        return versions.of(assessment.caseId, RecordKind.ASSESSMENT);
    }

    private static Assessment existing(SupportCase supportCase) {
        return Assessment.ofCase(supportCase.id).orElseThrow(() -> ApiException.notFound("assessment for this case"));
    }

    private static void checkDraft(Assessment assessment, Long version) {
        if (Assessment.COMPLETED.equals(assessment.state)) {
            throw ApiException.stateConflict(assessment.state, "The assessment is completed and can no longer change.",
                    List.of());
        }
        ApiException.checkVersion(version, assessment.version);
    }

    private void stamp(Assessment assessment) {
        assessment.updatedAt = clock.instant();
        assessment.updatedByName = user.displayName();
    }

    private void keepVersion(Assessment assessment) {
        versions.keep(assessment.caseId, RecordKind.ASSESSMENT, assessment.state, assessment.sections().byName());
    }
}
