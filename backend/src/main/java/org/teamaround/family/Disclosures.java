package org.teamaround.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.teamaround.casework.assessment.Assessment;
import org.teamaround.casework.closure.Closure;
import org.teamaround.casework.contact.Contact;
import org.teamaround.casework.partner.CaseInvitation;
import org.teamaround.casework.partner.Contribution;
import org.teamaround.casework.partner.PartnerRecords.InvitationView;
import org.teamaround.casework.plan.SupportPlan;
import org.teamaround.casework.quality.CaseAudit;
import org.teamaround.casework.review.Review;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.common.security.Roles;
import org.teamaround.family.FamilyRecord.Attendee;
import org.teamaround.family.FamilyRecord.DisclosureLog;
import org.teamaround.family.FamilyRecord.PanelDisclosure;
import org.teamaround.family.FamilyRecord.PartnerAccess;
import org.teamaround.referral.Referral;
import org.teamaround.triage.PartnerDirectory;
import org.teamaround.triage.TriageMeeting;

/**
 * A family's disclosure log: the partners invited to their case, the panels that discussed them with other agencies,
 * and every access a partner user or partner system made to their records, as the audit trail holds it.
 */
@ApplicationScoped
class Disclosures {

    /** The records kept under a case's id, whose every access by a partner is a disclosure of the family's. */
    private static final List<Class<?>> CASE_RECORDS = List.of(SupportPlan.class, Assessment.class, Contact.class,
            Review.class, Closure.class, CaseInvitation.class, Contribution.class, CaseAudit.class);

    @Inject
    EntityManager entityManager;

    @Inject
    PartnerDirectory partners;

    @Inject
    Clock clock;

    DisclosureLog of(Referral referral, Optional<UUID> caseId) {
        List<CaseInvitation> invitations = caseId.map(id -> CaseInvitation.<CaseInvitation>list(
                "caseId = ?1 order by invitedAt", id)).orElse(List.of());
        List<TriageMeeting> meetings = TriageMeeting.list("select m from TriageMeeting m where m.id in (select "
                + "d.meetingId from TriageDecision d where d.referralId = ?1) order by m.date, m.createdAt", referral.id);
        LocalDate today = LocalDate.now(clock);
        return new DisclosureLog(invitations.stream().map(i -> InvitationView.of(i, today)).toList(),
                meetings.stream().map(Disclosures::panel).filter(panel -> !panel.attendees().isEmpty()).toList(),
                accesses(recordIds(referral, caseId), knownAgencies(invitations, meetings)));
    }

    /** The meeting with those at it from another agency: a partner user, or someone named with their agency. */
    private static PanelDisclosure panel(TriageMeeting meeting) {
        return new PanelDisclosure(meeting.date, meeting.area.name, meeting.chairName, meeting.attendees.stream()
                .filter(a -> a.userId != null || a.agency != null)
                .map(a -> new Attendee(a.name, a.agency)).toList());
    }

    private List<PartnerAccess> accesses(Set<UUID> recordIds, Map<String, String> agencies) {
        List<AuditEvent> events = AuditEvent.list("recordId in ?1 and roles like ?2 order by at, id", recordIds,
                "%" + Roles.PARTNER + "%");
        return events.stream().map(e -> new PartnerAccess(e.at, e.username == null ? e.userId : e.username,
                agencyOf(e, agencies), e.clientId, e.action, e.recordType)).toList();
    }

    /** The referral, the case, and every record kept under the case's id. */
    private Set<UUID> recordIds(Referral referral, Optional<UUID> caseId) {
        Set<UUID> ids = new HashSet<>(Set.of(referral.id));
        caseId.ifPresent(id -> {
            ids.add(id);
            CASE_RECORDS.forEach(type -> ids.addAll(entityManager.createQuery("select r.id from "
                    + type.getSimpleName() + " r where r.caseId = :owner", UUID.class).setParameter("owner", id)
                    .getResultList()));
        });
        return ids;
    }

    /** The agencies the family's invitations and panels name for partner users, as they were then. */
    private static Map<String, String> knownAgencies(List<CaseInvitation> invitations, List<TriageMeeting> meetings) {
        Map<String, String> agencies = new HashMap<>();
        invitations.stream().filter(i -> i.partnerId != null).forEach(i -> agencies.put(i.partnerId, i.agency));
        meetings.stream().flatMap(m -> m.attendees.stream()).filter(a -> a.userId != null && a.agency != null)
                .forEach(a -> agencies.putIfAbsent(a.userId, a.agency));
        return agencies;
    }

    /**
     * A partner user's agency as the family's records name it, else as the partner directory has it now (an
     * invitation to a whole agency names no user); a partner system's account has none.
     */
    private String agencyOf(AuditEvent event, Map<String, String> agencies) {
        if (!List.of(event.roles.split(",")).contains(Roles.PARTNER)) {
            return null;
        }
        return agencies.computeIfAbsent(event.userId,
                id -> partners.find(id).map(PartnerDirectory.Partner::agency).orElse(null));
    }
}
