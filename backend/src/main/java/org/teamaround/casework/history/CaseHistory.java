package org.teamaround.casework.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;

/** A case's history: every recorded step on it, from allocation to closure, latest first, in one query. */
@ApplicationScoped
class CaseHistory {

    static final String RECORD_TYPE = "CASE_HISTORY";

    @Schema(name = "CaseEvent", description = "One step in a case's history")
    record CaseEvent(
            @Schema(required = true) Instant at,
            @Schema(required = true, description = "Who did it") String by,
            @Schema(required = true) CaseEventKind what,
            @Schema(description = "The step's particulars in words: a contact's type and date, a decision, a "
                    + "reason, a version number, an agency or a group") String detail) {}

    /** One query over the case's records; WORDS(code) turns a code such as HOME_VISIT into "Home visit". */
    private static final String EVENTS = """
            select created_at, allocated_by_name, 'ALLOCATED', p.name
              from support_case c join practitioner p on p.id = c.practitioner_id where c.id = :id
            union all
            select recorded_at, recorded_by_name, 'CONTACT_RECORDED', WORDS(type) || ' on ' || contact_date
              from case_contact where case_id = :id
            union all
            select saved_at, saved_by_name,
                   case when kind = 'PLAN' then 'PLAN_SAVED'
                        when state = 'COMPLETED' then 'ASSESSMENT_COMPLETED' else 'ASSESSMENT_SAVED' end,
                   'Version ' || number
              from case_record_version where case_id = :id
            union all
            select recorded_at, recorded_by_name, 'REVIEW_RECORDED', WORDS(decision) || ', held on ' || held_on
              from case_review where case_id = :id
            union all
            select extension_decided_at, extension_decided_by_name, 'EXTENSION_' || extension_status, extension_note
              from case_review where case_id = :id and extension_decided_at is not null
            union all
            select invited_at, invited_by_name, 'PARTNER_INVITED',
                   coalesce(partner_name || ', ', '') || agency || ', ' || valid_from || ' to ' || valid_until
              from case_invitation where case_id = :id
            union all
            select ended_at, ended_by_name, 'INVITATION_ENDED', coalesce(partner_name || ', ', '') || agency
              from case_invitation where case_id = :id and ended_at is not null
            union all
            select added_at, author_name, 'CONTRIBUTION_ADDED', agency from case_contribution where case_id = :id
            union all
            select m.added_at, m.added_by_name, 'GROUP_JOINED', g.name
              from group_member m join family_group g on g.id = m.group_id where m.case_id = :id
            union all
            select audited_at, audited_by_name, 'AUDIT_GRADED', WORDS(grade)
              from case_audit where case_id = :id and grade is not null
            union all
            select closed_at, closed_by_name, 'CLOSED', WORDS(reason) from case_closure where case_id = :id
            union all
            select reopened_at, reopened_by_name, 'REOPENED', reopen_reason
              from case_closure where case_id = :id and reopened_at is not null
            order by 1 desc
            """.replaceAll("WORDS\\((\\w+)\\)", "(upper(left($1, 1)) || lower(replace(substr($1, 2), '_', ' ')))");

    @Inject
    CaseAccess cases;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Transactional
    List<CaseEvent> of(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(EVENTS).setParameter("id", supportCase.id)
                .getResultList();
        audit.record(AuditAction.READ, RECORD_TYPE, supportCase.id);
        return rows.stream().map(CaseHistory::event).toList();
    }

    private static CaseEvent event(Object[] row) {
        Instant at = row[0] instanceof OffsetDateTime time ? time.toInstant() : (Instant) row[0];
        return new CaseEvent(at, (String) row[1], CaseEventKind.valueOf((String) row[2]), (String) row[3]);
    }
}
