package org.teamaround.casework.partner;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.CaseGuests;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.partner.PartnerRecords.InvitationRequest;
import org.teamaround.casework.partner.PartnerRecords.InvitationView;
import org.teamaround.casework.partner.PartnerRecords.InvitedCase;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.referral.Referral;
import org.teamaround.school.School;
import org.teamaround.triage.PartnerDirectory;
import org.teamaround.triage.PartnerDirectory.Partner;

/**
 * Invites a partner user, or a whole partner agency, to one case for a period: while the invitation is current the
 * partner reads the case's summary and plan and adds contributions; before and after, the case is missing (404).
 */
@ApplicationScoped
class Invitations implements CaseGuests {

    static final String RECORD_TYPE = "CASE_INVITATION";

    /** Current invitations that reach the caller: to them by id, or to their agency. */
    private static final String CURRENT_FOR_CALLER = "endedAt is null and from <= :today and until >= :today "
            + "and (partnerId = :me or (partnerId is null and :agency is not null and lower(agency) = lower(:agency)))";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    PartnerDirectory partners;

    @Inject
    Clock clock;

    @Transactional
    InvitationView invite(UUID caseId, InvitationRequest request) {
        SupportCase supportCase = cases.requireOpen(caseId);
        CaseInvitation invitation = new CaseInvitation();
        invitation.id = UUID.randomUUID();
        invitation.caseId = supportCase.id;
        invitee(request, invitation);
        checkPeriod(request);
        invitation.from = request.from();
        invitation.until = request.until();
        invitation.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        invitation.invitedById = user.id();
        invitation.invitedByName = user.displayName();
        invitation.invitedAt = clock.instant();
        invitation.persist();
        audit.record(AuditAction.CREATE, RECORD_TYPE, invitation.id);
        return InvitationView.of(invitation, today());
    }

    @Transactional
    List<InvitationView> list(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        List<CaseInvitation> found = CaseInvitation.list("caseId = ?1 order by invitedAt desc", supportCase.id);
        found.forEach(i -> audit.record(AuditAction.LIST, RECORD_TYPE, i.id));
        return found.stream().map(i -> InvitationView.of(i, today())).toList();
    }

    @Transactional
    InvitationView end(UUID caseId, UUID invitationId) {
        SupportCase supportCase = cases.require(caseId);
        CaseInvitation invitation = CaseInvitation.<CaseInvitation>find("id = ?1 and caseId = ?2", invitationId,
                supportCase.id).firstResultOptional().orElseThrow(() -> ApiException.notFound("invitation"));
        if (invitation.endedAt != null) {
            throw ApiException.stateConflict("ENDED", "The invitation has already ended.", List.of());
        }
        invitation.endedAt = clock.instant();
        invitation.endedByName = user.displayName();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, invitation.id);
        return InvitationView.of(invitation, today());
    }

    /** The cases the calling partner is invited to today, with the last day of each invitation. */
    @Transactional
    List<InvitedCase> invitedCases() {
        List<CaseInvitation> current = CaseInvitation.list(CURRENT_FOR_CALLER, callerParameters());
        return current.stream()
                .collect(Collectors.toMap(i -> i.caseId, i -> i,
                        (a, b) -> a.until.isAfter(b.until) ? a : b))
                .values().stream()
                .map(this::invitedCase)
                .sorted(Comparator.comparing(InvitedCase::until).thenComparing(InvitedCase::reference))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> invitationOfCaller(UUID caseId) {
        var parameters = callerParameters().and("case", caseId);
        return CaseInvitation.<CaseInvitation>find(CURRENT_FOR_CALLER + " and caseId = :case order by until desc",
                parameters).firstResultOptional().map(i -> i.id);
    }

    private InvitedCase invitedCase(CaseInvitation invitation) {
        SupportCase supportCase = SupportCase.findById(invitation.caseId);
        CaseAccess.Summary summary = cases.summary(supportCase);
        Referral referral = Referral.findById(supportCase.referralId);
        String schoolName = School.nameOf(referral.schoolUrn);
        audit.record(AuditAction.LIST, CaseAccess.RECORD_TYPE, supportCase.id);
        return new InvitedCase(supportCase.id, summary.reference(), summary.childName(), schoolName,
                summary.practitionerName(), invitation.until);
    }

    private Parameters callerParameters() {
        return Parameters.with("today", today()).and("me", user.id())
                .and("agency", user.agency());
    }

    /** Exactly one of a partner user (named as Keycloak names them) and an agency some partner user belongs to. */
    private void invitee(InvitationRequest request, CaseInvitation invitation) {
        boolean byPartner = request.partnerId() != null && !request.partnerId().isBlank();
        boolean byAgency = request.agency() != null && !request.agency().isBlank();
        if (byPartner == byAgency) {
            throw ApiException.invalid("partnerId", byPartner ? "give a partner user or an agency, not both"
                    : "give a partner user or an agency");
        }
        if (byPartner) {
            Partner partner = partners.find(request.partnerId())
                    .orElseThrow(() -> ApiException.invalid("partnerId", "is not a partner user"));
            if (partner.agency() == null) {
                throw ApiException.invalid("partnerId", "has no agency in the directory: an admin sets it in Keycloak");
            }
            invitation.partnerId = partner.id();
            invitation.partnerName = partner.name();
            invitation.agency = partner.agency();
        } else {
            invitation.agency = partners.list().stream().map(Partner::agency)
                    .filter(a -> a != null && a.equalsIgnoreCase(request.agency().trim())).findFirst()
                    .orElseThrow(() -> ApiException.invalid("agency", "no partner user belongs to this agency"));
        }
    }

    private void checkPeriod(InvitationRequest request) {
        if (request.until().isBefore(request.from())) {
            throw ApiException.invalid("until", "must not be before the start");
        }
        if (request.until().isBefore(today())) {
            throw ApiException.invalid("until", "must not be in the past");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
