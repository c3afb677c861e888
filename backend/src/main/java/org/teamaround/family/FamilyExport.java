package org.teamaround.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.teamaround.allocation.Allocations;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.assessment.Assessment;
import org.teamaround.casework.assessment.AssessmentRecords.AssessmentView;
import org.teamaround.casework.closure.Closure;
import org.teamaround.casework.closure.Closures;
import org.teamaround.casework.contact.Contact;
import org.teamaround.casework.contact.ContactRecords.ContactView;
import org.teamaround.casework.group.Groups;
import org.teamaround.casework.history.RecordKind;
import org.teamaround.casework.history.RecordVersions;
import org.teamaround.casework.partner.Contribution;
import org.teamaround.casework.partner.PartnerRecords.ContributionView;
import org.teamaround.casework.plan.Plans;
import org.teamaround.casework.plan.SupportPlan;
import org.teamaround.casework.quality.CaseAudits;
import org.teamaround.casework.review.Review;
import org.teamaround.casework.review.ReviewRecords.ReviewView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.family.FamilyRecord.CaseWork;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralViews;
import org.teamaround.triage.TriageDecision;
import org.teamaround.triage.TriageDecisions;
import org.teamaround.triage.TriageRecords.DecisionView;

/**
 * Gathers a family's whole record for a subject access request. Each part is read as it is kept, without the READ
 * row its own page would write: the export is audited once, as an EXPORT of the referral and of its case.
 */
@ApplicationScoped
class FamilyExport {

    /** The referral's record type in the audit trail, so the export shows in the referral's own trail. */
    private static final String REFERRAL_RECORD_TYPE = "REFERRAL";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ReferralViews referrals;

    @Inject
    TriageDecisions decisions;

    @Inject
    Allocations allocations;

    @Inject
    RecordVersions versions;

    @Inject
    Groups groups;

    @Inject
    CaseAudits caseAudits;

    @Inject
    Disclosures disclosures;

    @Inject
    Clock clock;

    /** The family named by its referral's id, or 404. */
    @Transactional
    FamilyRecord export(UUID referralId) {
        Referral referral = Referral.<Referral>findByIdOptional(referralId)
                .orElseThrow(() -> ApiException.notFound("family"));
        Optional<SupportCase> supportCase = SupportCase.find("referralId", referral.id).firstResultOptional();
        FamilyRecord record = new FamilyRecord(new FamilyRecord.Exported(clock.instant(), user.displayName()),
                referrals.of(referral), panelDecisions(referral), supportCase.map(this::caseWork).orElse(null),
                disclosures.of(referral, supportCase.map(found -> found.id)));
        audit.record(AuditAction.EXPORT, REFERRAL_RECORD_TYPE, referral.id);
        supportCase.ifPresent(found -> audit.record(AuditAction.EXPORT, CaseAccess.RECORD_TYPE, found.id));
        return record;
    }

    private List<DecisionView> panelDecisions(Referral referral) {
        return TriageDecision.<TriageDecision>list("referralId = ?1 order by decidedAt, id", referral.id).stream()
                .map(decisions::view).toList();
    }

    private CaseWork caseWork(SupportCase c) {
        return new CaseWork(allocations.view(c),
                Contact.ofCase(c.id).stream().map(ContactView::of).toList(),
                Assessment.ofCase(c.id).map(AssessmentView::of).orElse(null),
                versions.of(c.id, RecordKind.ASSESSMENT),
                SupportPlan.ofCase(c.id).map(Plans::view).orElse(null),
                versions.of(c.id, RecordKind.PLAN),
                Review.ofCase(c.id).stream().map(ReviewView::of).toList(),
                Closure.<Closure>list("caseId = ?1 order by closedAt desc", c.id).stream().map(Closures::view).toList(),
                Contribution.<Contribution>list("caseId = ?1 order by addedAt desc", c.id).stream()
                        .map(ContributionView::of).toList(),
                groups.memberships(c.id),
                caseAudits.gradedOf(c.id));
    }
}
