package org.teamaround.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Removes a family's personal data and keeps the rest as an anonymised tombstone: states, dates, school, year group,
 * needs, decisions' outcomes, contacts' dates, scores, ratings and closures stay for the reports; names, dates of
 * birth, identifiers and every free text go. Free text the schema requires is replaced by {@link #ERASED}; saved
 * versions and the family's siblings and carers are deleted. A migration that adds personal data adds it here.
 */
@ApplicationScoped
class FamilyErasure {

    static final String ERASED = "[erased]";

    /** Statements on the referral (`:referral`) and, when there is one, its case (`:case`). */
    private static final List<String> REFERRAL_STATEMENTS = List.of(
            """
            update referral set child_first_name = null, child_last_name = null, child_date_of_birth = null,
                child_upn = null, child_upn_temporary = null, child_nhs_number = null, needs_description = null,
                school_actions = null, consent_given_by = null, erased_at = :now, version = version + 1
            where id = :referral""",
            "delete from referral_sibling where referral_id = :referral",
            "delete from referral_carer where referral_id = :referral",
            "update referral_history set reason = null where referral_id = :referral",
            """
            update triage_decision set rationale = :erased,
                info_requested = case when info_requested is null then null else :erased end,
                eligibility_override_reason = case when eligibility_override_reason is null then null else :erased end
            where referral_id = :referral""");

    private static final List<String> CASE_STATEMENTS = List.of(
            "update support_case set override_reason = null, version = version + 1 where id = :case",
            "update case_contact set who_seen = null, note = :erased where case_id = :case",
            """
            update case_assessment set child_needs = null, parenting_capacity = null, family_environment = null,
                strengths = null, risks = null, wishes_and_feelings = null, aspirations = null, school_input = null,
                family_network = null, version = version + 1
            where case_id = :case""",
            "delete from case_record_version where case_id = :case",
            """
            update plan_action set what = :erased, partner_agency = case when partner_agency is null then null
                else :erased end
            where plan_id in (select id from support_plan where case_id = :case)""",
            """
            update case_review set attendees = '[]'::jsonb, notes = null, extension_note = null, version = version + 1
            where case_id = :case""",
            """
            update review_progress set action_what = :erased, note = null
            where review_id in (select id from case_review where case_id = :case)""",
            """
            update case_closure set reason_detail = case when reason_detail is null then null else :erased end,
                reopen_reason = case when reopen_reason is null then null else :erased end
            where case_id = :case""",
            """
            update closure_feedback set quote = case when rating is null then :erased else null end
            where closure_id in (select id from case_closure where case_id = :case) and quote is not null""",
            "update case_invitation set note = null where case_id = :case",
            "update case_contribution set body = :erased where case_id = :case",
            """
            update case_audit set findings = case when findings is null then null else :erased end, actions = null,
                version = version + 1
            where case_id = :case""");

    @Inject
    EntityManager entityManager;

    /** Erases in the caller's transaction; the persistence context is flushed before and cleared after. */
    @Transactional(Transactional.TxType.MANDATORY)
    void erase(UUID referralId, UUID caseId, Instant now) {
        entityManager.flush();
        for (String sql : REFERRAL_STATEMENTS) {
            run(sql, now).setParameter("referral", referralId).executeUpdate();
        }
        if (caseId != null) {
            for (String sql : CASE_STATEMENTS) {
                run(sql, now).setParameter("case", caseId).executeUpdate();
            }
        }
        entityManager.clear();
    }

    private jakarta.persistence.Query run(String sql, Instant now) {
        jakarta.persistence.Query query = entityManager.createNativeQuery(sql);
        if (sql.contains(":erased")) {
            query.setParameter("erased", ERASED);
        }
        if (sql.contains(":now")) {
            query.setParameter("now", now);
        }
        return query;
    }
}
