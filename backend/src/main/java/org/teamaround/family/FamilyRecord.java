package org.teamaround.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.allocation.AllocationRecords.CaseView;
import org.teamaround.casework.assessment.AssessmentRecords.AssessmentView;
import org.teamaround.casework.closure.ClosureRecords.ClosureView;
import org.teamaround.casework.contact.ContactRecords.ContactView;
import org.teamaround.casework.group.GroupRecords.CaseGroup;
import org.teamaround.casework.history.RecordVersions;
import org.teamaround.casework.partner.PartnerRecords.ContributionView;
import org.teamaround.casework.partner.PartnerRecords.InvitationView;
import org.teamaround.casework.plan.PlanRecords.PlanView;
import org.teamaround.casework.quality.QualityRecords.CaseAuditView;
import org.teamaround.casework.review.ReviewRecords.ReviewView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.referral.ReferralView;
import org.teamaround.triage.TriageRecords.DecisionView;

/**
 * A family's whole record for a subject access request: the referral and the panel's decisions, the case work, and
 * the disclosure log. Each part is the record the API answers for it elsewhere, so its fields read the same.
 */
@Schema(name = "FamilyRecord", description = "A family's whole record, as a subject access request gives it")
record FamilyRecord(
        @Schema(required = true) Exported exported,
        @Schema(required = true, description = "What the school (or partner system) sent, with its history")
        ReferralView referral,
        @Schema(required = true, description = "Every decision a panel made on the referral, oldest first")
        List<DecisionView> panelDecisions,
        @Schema(description = "The case the referral became; absent until it is allocated") CaseWork caseWork,
        @Schema(required = true) DisclosureLog disclosureLog) {

    /** When and by whom the record was exported. */
    @Schema(name = "FamilyRecordExport")
    record Exported(@Schema(required = true) Instant at, @Schema(required = true) String by) {}

    /** Every part of the case, latest first as the case's own pages list them. */
    @Schema(name = "FamilyCaseWork")
    record CaseWork(
            @Schema(required = true, description = "Practitioner, dates and state") CaseView summary,
            @Schema(required = true) List<ContactView> contacts,
            @Schema(description = "The assessment as it stands, once one was written") AssessmentView assessment,
            @Schema(required = true, description = "Every saved version of the assessment")
            List<RecordVersions.View> assessmentVersions,
            @Schema(description = "The support plan as it stands, once one was written") PlanView plan,
            @Schema(required = true, description = "Every saved version of the plan") List<RecordVersions.View> planVersions,
            @Schema(required = true, description = "With any extension a senior decided") List<ReviewView> reviews,
            @Schema(required = true, description = "Every closure, those a senior reopened included")
            List<ClosureView> closures,
            @Schema(required = true, description = "What invited partners added") List<ContributionView> contributions,
            @Schema(required = true, description = "Groups joined, with attendance") List<CaseGroup> groups,
            @Schema(required = true, description = "Graded case audits") List<CaseAuditView> audits) {}

    /** When, and with which agency, the family's information was shared (the Social Care Record Guarantee). */
    @Schema(name = "DisclosureLog")
    record DisclosureLog(
            @Schema(required = true, description = "Partners invited to read the case, and for how long")
            List<InvitationView> invitations,
            @Schema(required = true, description = "Panels that decided on the referral with people from other "
                    + "agencies present") List<PanelDisclosure> panels,
            @Schema(required = true, description = "Every access to the family's records by a partner user or a "
                    + "partner system, from the audit trail, oldest first") List<PartnerAccess> accesses) {}

    /** A panel meeting that discussed the referral, and who from other agencies was there. */
    @Schema(name = "PanelDisclosure")
    record PanelDisclosure(
            @Schema(required = true) LocalDate date,
            @Schema(required = true) String area,
            @Schema(required = true) String chair,
            @Schema(required = true) List<Attendee> attendees) {}

    /** Someone from another agency at a panel. */
    @Schema(name = "PanelDisclosureAttendee")
    record Attendee(@Schema(required = true) String name, String agency) {}

    /** One access by a partner, as the audit trail holds it. */
    @Schema(name = "PartnerAccess")
    record PartnerAccess(
            @Schema(required = true) Instant at,
            @Schema(required = true, description = "The partner's username, or the partner system's account") String who,
            @Schema(description = "Their agency, when the service knows it") String agency,
            @Schema(description = "The client the partner used: the SPA or a partner system") String client,
            @Schema(required = true) AuditAction action,
            @Schema(required = true, description = "The kind of record, e.g. CASE or SUPPORT_PLAN") String recordType) {}
}
