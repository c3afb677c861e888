package org.teamaround.casework.closure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.closure.ClosureRecords.Before;
import org.teamaround.casework.closure.ClosureRecords.ClosureRequest;
import org.teamaround.casework.closure.ClosureRecords.ClosureView;
import org.teamaround.casework.closure.ClosureRecords.FeedbackRequest;
import org.teamaround.casework.closure.ClosureRecords.Outcomes;
import org.teamaround.casework.closure.ClosureRecords.Reopening;
import org.teamaround.casework.review.ReviewCadence;
import org.teamaround.casework.review.ReviewDecision;
import org.teamaround.casework.review.Review;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralState;
import org.teamaround.referral.ReferralTransitions;

/** Closes a case with its reason, outcomes and feedback; the referral closes with it. */
@ApplicationScoped
public class Closures {

    static final String RECORD_TYPE = "CASE_CLOSURE";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ReferralTransitions transitions;

    @Inject
    ReviewCadence cadence;

    @Inject
    Clock clock;

    @Transactional
    ClosureView close(UUID caseId, ClosureRequest request) {
        SupportCase supportCase = cases.require(caseId);
        LocalDate closedOn = request.closedOn() == null ? LocalDate.now(clock) : request.closedOn();
        check(supportCase, request, closedOn);
        Closure closure = new Closure();
        closure.id = UUID.randomUUID();
        closure.caseId = supportCase.id;
        closure.closedOn = closedOn;
        closure.reason = request.reason();
        closure.reasonDetail = request.reasonDetail() == null || request.reasonDetail().isBlank() ? null
                : request.reasonDetail().trim();
        Outcomes outcomes = request.outcomes();
        closure.placementKept = outcomes.placementKept();
        closure.attendancePercentAfter = outcomes.attendancePercentAfter();
        closure.suspensionsAfter = outcomes.suspensionsAfter();
        closure.atRiskOfExclusionAfter = outcomes.atRiskOfExclusionAfter();
        closure.ehcNeedsAssessmentRequested = outcomes.ehcNeedsAssessmentRequested();
        closure.ehcpIssued = outcomes.ehcpIssued();
        closure.supportingFamiliesHeadlines = outcomes.supportingFamiliesHeadlinesMet() == null ? List.of()
                : outcomes.supportingFamiliesHeadlinesMet().stream().distinct().map(Enum::name).toList();
        if (request.feedback() != null) {
            request.feedback().forEach(in -> closure.feedback.add(feedback(in)));
        }
        closure.closedById = user.id();
        closure.closedByName = user.displayName();
        closure.closedAt = clock.instant();
        closure.persist();
        supportCase.state = SupportCase.CLOSED;
        supportCase.closedOn = closedOn;
        supportCase.nextReviewDue = null;
        transitions.move(Referral.findById(supportCase.referralId), ReferralState.CLOSED,
                "Case closed: " + words(request.reason()));
        SupportCase.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, closure.id);
        audit.record(AuditAction.TRANSITION, CaseAccess.RECORD_TYPE, supportCase.id);
        return view(closure);
    }

    /**
     * A senior reopens a closed case with a reason: the closure stays on the record, marked reopened; the case
     * (and its referral) goes back to ACTIVE, or ALLOCATED when the family was never contacted, and an active
     * case's next review is due one interval from today.
     */
    @Transactional
    ClosureView reopen(UUID caseId, String reason) {
        SupportCase supportCase = cases.require(caseId);
        Closure closure = Closure.standing(supportCase.id).filter(c -> SupportCase.CLOSED.equals(supportCase.state))
                .orElseThrow(() -> ApiException.stateConflict(supportCase.state, "Only a closed case is reopened.",
                        List.of()));
        closure.reopenedAt = clock.instant();
        closure.reopenedByName = user.displayName();
        closure.reopenReason = reason.trim();
        boolean contacted = supportCase.firstContactOn != null;
        supportCase.state = contacted ? SupportCase.ACTIVE : SupportCase.ALLOCATED;
        supportCase.closedOn = null;
        supportCase.nextReviewDue = contacted ? cadence.nextAfter(LocalDate.now(clock)) : null;
        transitions.move(Referral.findById(supportCase.referralId),
                contacted ? ReferralState.ACTIVE : ReferralState.ALLOCATED, "Case reopened: " + closure.reopenReason);
        SupportCase.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, closure.id);
        audit.record(AuditAction.TRANSITION, CaseAccess.RECORD_TYPE, supportCase.id);
        return view(closure);
    }

    /** Every closure of the case, latest first, those a senior reopened included. */
    @Transactional
    List<ClosureView> history(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        List<Closure> closures = Closure.list("caseId = ?1 order by closedAt desc", supportCase.id);
        closures.forEach(c -> audit.record(AuditAction.LIST, RECORD_TYPE, c.id));
        return closures.stream().map(Closures::view).toList();
    }

    @Transactional
    ClosureView get(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        Closure closure = Closure.standing(supportCase.id)
                .orElseThrow(() -> ApiException.notFound("closure of this case"));
        audit.record(AuditAction.READ, RECORD_TYPE, closure.id);
        return view(closure);
    }

    private void check(SupportCase supportCase, ClosureRequest request, LocalDate closedOn) {
        if (SupportCase.CLOSED.equals(supportCase.state)) {
            throw ApiException.stateConflict(supportCase.state, "The case is already closed.", List.of());
        }
        if (request.reason().needsEndingReview() && !user.hasRole(Roles.SENIOR)) {
            ReviewDecision ending = endingDecisionFor(request.reason());
            boolean reviewed = Review.<Review>find("caseId = ?1 order by heldOn desc, recordedAt desc", supportCase.id)
                    .firstResultOptional().map(r -> r.decision == ending).orElse(false);
            if (!reviewed) {
                throw ApiException.stateConflict(supportCase.state, "Closing as " + words(request.reason())
                        + " follows a review that decided to " + words(ending) + ": record that review first.",
                        List.of("REVIEW"));
            }
        }
        if (request.reason() == ClosureReason.OTHER && (request.reasonDetail() == null || request.reasonDetail().isBlank())) {
            throw ApiException.invalid("reasonDetail", "is required when the reason is OTHER");
        }
        if (closedOn.isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("closedOn", "must not be in the future");
        }
        if (closedOn.isBefore(supportCase.allocatedOn)) {
            throw ApiException.invalid("closedOn", "must not be before the allocation on " + supportCase.allocatedOn);
        }
        if (request.feedback() != null) {
            for (int i = 0; i < request.feedback().size(); i++) {
                FeedbackRequest f = request.feedback().get(i);
                if ((f.quote() == null || f.quote().isBlank()) && f.rating() == null) {
                    throw ApiException.invalid("feedback[" + i + "]", "needs a quote or a rating");
                }
            }
        }
    }

    private static String words(Enum<?> code) {
        return code.name().toLowerCase().replace('_', ' ');
    }

    private static ReviewDecision endingDecisionFor(ClosureReason reason) {
        return switch (reason) {
            case STEPPED_UP -> ReviewDecision.STEP_UP;
            case STEPPED_DOWN -> ReviewDecision.STEP_DOWN;
            default -> ReviewDecision.CLOSE;
        };
    }

    private static Closure.Feedback feedback(FeedbackRequest in) {
        Closure.Feedback feedback = new Closure.Feedback();
        feedback.source = in.from();
        feedback.quote = in.quote() == null || in.quote().isBlank() ? null : in.quote().trim();
        feedback.rating = in.rating();
        return feedback;
    }

    /** The closure as the API answers it; unaudited: the caller writes the audit row. */
    public static ClosureView view(Closure c) {
        SupportCase supportCase = SupportCase.findById(c.caseId);
        Referral referral = Referral.findById(supportCase.referralId);
        Outcomes outcomes = new Outcomes(c.placementKept, c.attendancePercentAfter, c.suspensionsAfter,
                c.atRiskOfExclusionAfter, c.ehcNeedsAssessmentRequested, c.ehcpIssued,
                c.supportingFamiliesHeadlines.stream().map(SupportingFamiliesHeadline::valueOf).toList());
        return new ClosureView(c.caseId, c.closedOn, c.reason, c.reasonDetail, outcomes,
                new Before(referral.attendancePercent, referral.suspensionsThisYear, referral.atRiskOfExclusion),
                c.feedback.stream().map(f -> new FeedbackRequest(f.source, f.quote, f.rating)).toList(),
                c.closedByName, c.closedAt,
                c.reopenedAt == null ? null : new Reopening(c.reopenedAt, c.reopenedByName, c.reopenReason));
    }
}
