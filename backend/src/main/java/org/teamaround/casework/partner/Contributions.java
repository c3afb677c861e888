package org.teamaround.casework.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.partner.PartnerRecords.ContributionView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;

/** What invited partners add to a case; the practitioner, seniors and the invited partners read it. */
@ApplicationScoped
class Contributions {

    static final String RECORD_TYPE = "CASE_CONTRIBUTION";

    @Inject
    CaseAccess cases;

    @Inject
    Invitations invitations;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    ContributionView add(UUID caseId, String text) {
        SupportCase supportCase = cases.requireReadable(caseId);
        UUID invitationId = invitations.invitationOfCaller(supportCase.id)
                .orElseThrow(() -> ApiException.notFound("case"));
        CaseAccess.checkOpen(supportCase);
        Contribution contribution = new Contribution();
        contribution.id = UUID.randomUUID();
        contribution.caseId = supportCase.id;
        contribution.invitationId = invitationId;
        contribution.body = text.trim();
        contribution.authorId = user.id();
        contribution.authorName = user.displayName();
        contribution.agency = CaseInvitation.<CaseInvitation>findById(invitationId).agency;
        contribution.addedAt = clock.instant();
        contribution.persist();
        audit.record(AuditAction.CREATE, RECORD_TYPE, contribution.id);
        return ContributionView.of(contribution);
    }

    @Transactional
    List<ContributionView> list(UUID caseId) {
        SupportCase supportCase = cases.requireReadable(caseId);
        List<Contribution> found = Contribution.list("caseId = ?1 order by addedAt desc", supportCase.id);
        found.forEach(c -> audit.record(AuditAction.LIST, RECORD_TYPE, c.id));
        return found.stream().map(ContributionView::of).toList();
    }
}
