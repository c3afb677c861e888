package org.teamaround.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.Problem.FieldError;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.idempotency.Idempotency;
import org.teamaround.common.idempotency.IdempotencyRecord;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;
import org.teamaround.school.School;

/** A referral's rules and transactions: create, change, submit, withdraw and read, each audited. */
@ApplicationScoped
class ReferralService {

    static final String RECORD_TYPE = "REFERRAL";

    @Inject
    CurrentUser user;

    @Inject
    ReferralScope scope;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    ReferralViews views;

    @Inject
    ReferralTransitions transitions;

    @Inject
    Clock clock;

    /** The referral and whether this call created it (false when an Idempotency-Key replayed an earlier call). */
    record Created(ReferralView referral, boolean replayed) {}

    @Transactional
    Created create(ReferralRequest request, String idempotencyKey) {
        Optional<IdempotencyRecord> earlier = idempotency.replay(idempotencyKey, "create-referral", request);
        if (earlier.isPresent()) {
            Referral referral = Referral.findById(earlier.get().resourceId);
            audit.record(AuditAction.READ, RECORD_TYPE, referral.id);
            return new Created(views.of(referral), true);
        }
        validate(request);
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.createdAt = clock.instant();
        referral.updatedAt = referral.createdAt;
        referral.reference = nextReference();
        referral.state = ReferralState.DRAFT;
        referral.createdById = user.id();
        referral.createdByName = user.displayName();
        referral.createdByClient = user.clientId();
        ReferralMapper.apply(request, referral);
        referral.safeguardingNeedsAttention = referral.safeguardingConcern;
        referral.persist();
        transitions.record(referral, null, "Referral started");
        audit.record(AuditAction.CREATE, RECORD_TYPE, referral.id);
        idempotency.remember(idempotencyKey, "create-referral", request, 201, referral.id);
        return new Created(views.of(referral), false);
    }

    @Transactional
    Optional<ReferralView> update(UUID id, ReferralRequest request) {
        Optional<Referral> found = changeable(id);
        found.ifPresent(referral -> {
            if (request.version() == null) {
                throw ApiException.invalid("version", "is required: send the version you read");
            }
            if (request.version() != referral.version) {
                throw ApiException.staleVersion(referral.version);
            }
            if (!referral.state.editable()) {
                throw ApiException.stateConflict(referral.state.name(), "A referral in state " + referral.state
                        + " can no longer be changed.", ReferralAction.allowedIn(referral.state).stream().map(Enum::name).toList());
            }
            validate(request);
            ReferralMapper.apply(request, referral);
            referral.safeguardingNeedsAttention = referral.safeguardingNeedsAttention || referral.safeguardingConcern;
            referral.updatedAt = clock.instant();
            Referral.flush();
            audit.record(AuditAction.UPDATE, RECORD_TYPE, referral.id);
        });
        return found.map(views::of);
    }

    @Transactional
    Optional<ReferralView> submit(UUID id, String idempotencyKey) {
        Optional<Referral> found = changeable(id);
        if (found.isPresent() && idempotency.replay(idempotencyKey, "submit-referral", id).isPresent()) {
            audit.record(AuditAction.READ, RECORD_TYPE, id);
            return found.map(views::of);
        }
        found.ifPresent(referral -> {
            referral.state.checkMove(ReferralState.SUBMITTED, ReferralAction.allowedIn(referral.state));
            List<FieldError> missing = ReferralRules.missingForSubmit(referral);
            if (!missing.isEmpty()) {
                throw ApiException.incomplete("The referral cannot be submitted until these are filled in.", missing);
            }
            referral.submittedAt = clock.instant();
            transitions.move(referral, ReferralState.SUBMITTED, null);
            idempotency.remember(idempotencyKey, "submit-referral", id, 200, id);
        });
        return found.map(views::of);
    }

    @Transactional
    Optional<ReferralView> withdraw(UUID id, WithdrawRequest request) {
        Optional<Referral> found = changeable(id);
        found.ifPresent(referral -> {
            transitions.move(referral, ReferralState.WITHDRAWN, request.reason());
        });
        return found.map(views::of);
    }

    @Transactional
    Optional<ReferralView> get(UUID id) {
        Optional<Referral> found = Referral.<Referral>findByIdOptional(id);
        if (found.isPresent() && !scope.canSee(found.get())) {
            audit.denied(RECORD_TYPE, id);
            return Optional.empty();
        }
        found.ifPresent(referral -> audit.record(AuditAction.READ, RECORD_TYPE, referral.id));
        return found.map(views::of);
    }

    /** Referrals the caller may change; others look missing. An attempt on one they may only read is audited. */
    private Optional<Referral> changeable(UUID id) {
        Optional<Referral> found = Referral.<Referral>findByIdOptional(id);
        if (found.isPresent() && !scope.canChange(found.get())) {
            audit.denied(RECORD_TYPE, id);
            return Optional.empty();
        }
        return found;
    }

    /** Checks that need the database or today's date; the shape was checked at the edge. */
    private void validate(ReferralRequest request) {
        List<FieldError> errors = new ArrayList<>(ReferralRules.implausible(request, LocalDate.now(clock)));
        if (School.findByUrn(request.schoolUrn()).isEmpty()) {
            errors.add(new FieldError("schoolUrn", "is not a school this service knows"));
        } else if (!user.hasRole(Roles.PARTNER_API) && !request.schoolUrn().equals(user.schoolUrn())) {
            errors.add(new FieldError("schoolUrn", "must be your own school"));
        }
        if (request.needs() != null && request.needs().tags() != null) {
            Set<String> known = Set.copyOf(NeedTag.activeInOrder().stream().map(tag -> tag.code).toList());
            List<String> tags = request.needs().tags();
            for (int i = 0; i < tags.size(); i++) {
                if (!known.contains(tags.get(i))) {
                    errors.add(new FieldError("needs.tags[" + i + "]", "is not a need on the service's list"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.", errors));
        }
    }

    private String nextReference() {
        Number next = (Number) Referral.getEntityManager()
                .createNativeQuery("select nextval('referral_reference_seq')").getSingleResult();
        return "TA-%d-%06d".formatted(LocalDate.now(clock).getYear(), next.longValue());
    }
}
