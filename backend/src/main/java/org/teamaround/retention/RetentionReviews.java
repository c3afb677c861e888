package org.teamaround.retention;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.teamaround.allocation.SupportCase;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.referral.Referral;
import org.teamaround.retention.RetentionRecords.Hold;
import org.teamaround.retention.RetentionRecords.ReviewView;
import org.teamaround.retention.RetentionRecords.SweepView;
import org.teamaround.school.School;

/** A senior's side of retention: the records due, erasing one, holding one for longer, sweeping now. */
@ApplicationScoped
class RetentionReviews {

    static final String RECORD_TYPE = "RETENTION_REVIEW";

    @Inject
    RetentionSweep sweep;

    @Inject
    FamilyErasure erasure;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional
    RetentionRecords.Page list(RetentionReview.State state, PageRequest paging) {
        List<RetentionReview> reviews = RetentionReview.<RetentionReview>find("state", Sort.by("dueOn").and("id"), state)
                .page(Page.of(paging.page, paging.size)).list();
        long total = RetentionReview.count("state", state);
        // The list shows each child's name: on the child's referral, so it shows among who has looked at it.
        reviews.forEach(r -> audit.record(AuditAction.LIST, "REFERRAL", r.referralId));
        return new RetentionRecords.Page(reviews.stream().map(this::view).toList(), paging.page, paging.size, total);
    }

    @Transactional
    SweepView sweepNow() {
        RetentionSweep.Result result = sweep.sweep();
        result.markedReviews().forEach(id -> audit.record(AuditAction.TRANSITION, RECORD_TYPE, id));
        return new SweepView(result.ran(), result.markedReviews().size());
    }

    /** Erases the family's personal data; the review, the tombstone and the audit trail stay. */
    @Transactional
    ReviewView erase(UUID id, long version) {
        RetentionReview review = due(id, version);
        Referral referral = Referral.findById(review.referralId);
        if (!RetentionSweep.ENDED_STATES.contains(referral.state.name())) {
            throw ApiException.stateConflict(referral.state.name(), "The case was reopened after the record was "
                    + "marked: it is not erased, and it is marked again once it has ended.", List.of("hold"));
        }
        SupportCase supportCase = SupportCase.find("referralId", referral.id).firstResult();
        decide(review, RetentionReview.State.ERASED);
        erasure.erase(referral.id, supportCase == null ? null : supportCase.id, clock.instant());
        audit.record(AuditAction.ERASE, "REFERRAL", referral.id);
        if (supportCase != null) {
            audit.record(AuditAction.ERASE, "CASE", supportCase.id);
        }
        return view(RetentionReview.findById(id));
    }

    /** Keeps the record until a later day, with the reason; the sweep marks it due again then. */
    @Transactional
    ReviewView hold(UUID id, Hold hold) {
        RetentionReview review = due(id, hold.version());
        if (!hold.keepUntil().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("keepUntil", "must be after today");
        }
        decide(review, RetentionReview.State.HELD);
        review.holdReason = hold.reason().trim();
        review.keepUntil = hold.keepUntil();
        RetentionReview.flush();
        audit.record(AuditAction.TRANSITION, RECORD_TYPE, review.id);
        return view(review);
    }

    private RetentionReview due(UUID id, long version) {
        RetentionReview review = RetentionReview.<RetentionReview>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("retention review"));
        ApiException.checkVersion(version, review.version);
        if (review.state != RetentionReview.State.DUE) {
            throw ApiException.stateConflict(review.state.name(), "Only a record due for review can be erased or "
                    + "held.", List.of());
        }
        return review;
    }

    private void decide(RetentionReview review, RetentionReview.State state) {
        review.state = state;
        review.decidedAt = clock.instant();
        review.decidedById = user.id();
        review.decidedByName = user.displayName();
    }

    private ReviewView view(RetentionReview review) {
        Referral referral = Referral.findById(review.referralId);
        SupportCase supportCase = SupportCase.find("referralId", referral.id).firstResult();
        return new ReviewView(review.id, referral.id, referral.reference,
                supportCase == null ? null : supportCase.id, School.nameOf(referral.schoolUrn), referral.childName(),
                referral.child.dateOfBirth, referral.state, supportCase == null ? null : supportCase.closedOn,
                review.dueOn, review.state, review.markedAt, review.decidedAt, review.decidedByName,
                review.holdReason, review.keepUntil, review.version);
    }
}
