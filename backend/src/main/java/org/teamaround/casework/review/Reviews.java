package org.teamaround.casework.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.plan.PlanAction;
import org.teamaround.casework.review.ReviewRecords.ExtensionRequest;
import org.teamaround.casework.review.ReviewRecords.ProgressRequest;
import org.teamaround.casework.review.ReviewRecords.ReviewRequest;
import org.teamaround.casework.review.ReviewRecords.ReviewView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.Problem.FieldError;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;

/** Records Team Around the Family reviews, sets the next one's due date, and takes a senior's word on extensions. */
@ApplicationScoped
class Reviews {

    static final String RECORD_TYPE = "CASE_REVIEW";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ReviewCadence cadence;

    @Inject
    Clock clock;

    @Transactional
    ReviewView record(UUID caseId, ReviewRequest request) {
        SupportCase supportCase = cases.require(caseId);
        if (!SupportCase.ACTIVE.equals(supportCase.state)) {
            throw ApiException.stateConflict(supportCase.state, SupportCase.ALLOCATED.equals(supportCase.state)
                    ? "A review follows the first contact with the family: record that first."
                    : "A closed case has no more reviews.", List.of());
        }
        Map<UUID, PlanAction> actions = check(request, supportCase);
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.caseId = supportCase.id;
        review.heldOn = request.heldOn();
        review.attendees = request.attendees().stream().map(String::trim).toList();
        for (ProgressRequest in : request.progress()) {
            Review.Progress progress = new Review.Progress();
            progress.actionId = in.actionId();
            progress.actionWhat = actions.get(in.actionId()).what;
            progress.status = in.status();
            progress.note = in.note() == null || in.note().isBlank() ? null : in.note().trim();
            review.progress.add(progress);
        }
        review.scores.putAll(request.scores());
        review.decision = request.decision();
        review.notes = request.notes() == null || request.notes().isBlank() ? null : request.notes().trim();
        review.nextDue = request.decision().continues() ? cadence.nextAfter(request.heldOn()) : null;
        if (request.decision() == ReviewDecision.EXTEND) {
            review.extensionStatus = Review.AWAITING_SENIOR;
            if (user.hasRole(Roles.SENIOR)) {
                decide(review, true, "Agreed by the senior who held the review");
            }
        }
        review.recordedById = user.id();
        review.recordedByName = user.displayName();
        review.recordedAt = clock.instant();
        review.persist();
        audit.record(AuditAction.CREATE, RECORD_TYPE, review.id);
        if (!review.heldOn.isBefore(latestHeldOn(supportCase.id, review.id))) {
            supportCase.nextReviewDue = review.nextDue;
        }
        Review.flush();
        return ReviewView.of(review);
    }

    @Transactional
    List<ReviewView> list(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        List<Review> reviews = Review.ofCase(supportCase.id);
        reviews.forEach(r -> audit.record(AuditAction.LIST, RECORD_TYPE, r.id));
        return reviews.stream().map(ReviewView::of).toList();
    }

    /** A senior agrees to (or refuses) the extension a review asked for; once only. */
    @Transactional
    ReviewView decideExtension(UUID reviewId, ExtensionRequest request) {
        Review review = Review.<Review>findByIdOptional(reviewId).orElseThrow(() -> ApiException.notFound("review"));
        CaseAccess.checkOpen(SupportCase.findById(review.caseId));
        if (!Review.AWAITING_SENIOR.equals(review.extensionStatus)) {
            throw ApiException.stateConflict(review.extensionStatus == null ? "NO_EXTENSION" : review.extensionStatus,
                    "This review has no extension waiting for a senior's agreement.", List.of());
        }
        decide(review, request.agreed(), request.note());
        Review.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, review.id);
        return ReviewView.of(review);
    }

    /** Cases whose next review is overdue: the caller's own, or every case for a senior. */
    @Transactional
    List<ReviewRecords.DueView> overdue() {
        LocalDate today = LocalDate.now(clock);
        String query = "state = ?1 and nextReviewDue < ?2" + (user.hasRole(Roles.SENIOR) ? "" : " and practitionerId = ?3");
        List<SupportCase> found = user.hasRole(Roles.SENIOR)
                ? SupportCase.list(query + " order by nextReviewDue, id", SupportCase.ACTIVE, today)
                : SupportCase.list(query + " order by nextReviewDue, id", SupportCase.ACTIVE, today, user.id());
        found.forEach(c -> audit.record(AuditAction.LIST, CaseAccess.RECORD_TYPE, c.id));
        return found.stream().map(c -> {
            var summary = cases.summary(c);
            return new ReviewRecords.DueView(c.id, summary.reference(), summary.childName(), summary.practitionerName(),
                    c.nextReviewDue);
        }).toList();
    }

    private void decide(Review review, boolean agreed, String note) {
        review.extensionStatus = agreed ? Review.AGREED : Review.REFUSED;
        review.extensionDecidedById = user.id();
        review.extensionDecidedByName = user.displayName();
        review.extensionDecidedAt = clock.instant();
        review.extensionNote = note == null || note.isBlank() ? null : note.trim();
    }

    private static LocalDate latestHeldOn(UUID caseId, UUID except) {
        return Review.<Review>find("caseId = ?1 and id <> ?2 order by heldOn desc", caseId, except).firstResultOptional()
                .map(r -> r.heldOn).orElse(LocalDate.MIN);
    }

    private Map<UUID, PlanAction> check(ReviewRequest request, SupportCase supportCase) {
        List<FieldError> errors = new ArrayList<>();
        if (request.heldOn().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("heldOn", "must not be in the future"));
        } else if (request.heldOn().isBefore(supportCase.allocatedOn)) {
            errors.add(new FieldError("heldOn", "must not be before the allocation on " + supportCase.allocatedOn));
        }
        List<UUID> ids = request.progress().stream().map(ProgressRequest::actionId).toList();
        Map<UUID, PlanAction> actions = ids.isEmpty() ? Map.of()
                : PlanAction.<PlanAction>list("id in ?1 and plan.caseId = ?2", ids, supportCase.id).stream()
                        .collect(Collectors.toMap(a -> a.id, Function.identity()));
        for (int i = 0; i < ids.size(); i++) {
            if (!actions.containsKey(ids.get(i))) {
                errors.add(new FieldError("progress[" + i + "].actionId", "is not an action of this case's plan"));
            } else if (ids.indexOf(ids.get(i)) != i) {
                errors.add(new FieldError("progress[" + i + "].actionId", "is given twice"));
            }
        }
        Map<String, OutcomeScale> scales = OutcomeScale.<OutcomeScale>listAll().stream()
                .collect(Collectors.toMap(s -> s.code, Function.identity()));
        request.scores().forEach((code, score) -> {
            OutcomeScale scale = scales.get(code);
            if (scale == null || !scale.enabled) {
                errors.add(new FieldError("scores." + code, "is not an outcome scale of this service"));
            } else if (score < scale.minScore || score > scale.maxScore) {
                errors.add(new FieldError("scores." + code, "must be from " + scale.minScore + " to " + scale.maxScore));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiException(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.", errors));
        }
        return actions;
    }
}
