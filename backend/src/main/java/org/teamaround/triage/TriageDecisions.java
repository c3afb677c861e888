package org.teamaround.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.Problem.FieldError;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.idempotency.Idempotency;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralDecisions;
import org.teamaround.referral.ReferralTransitions;
import org.teamaround.referral.ReferralView;
import org.teamaround.school.School;
import org.teamaround.triage.TriageRecords.DecisionRequest;
import org.teamaround.triage.TriageRecords.DecisionView;
import org.teamaround.triage.TriageRecords.ServiceView;

/** Records the panel's decision on a referral: once per meeting, with its rationale, moving the referral on. */
@ApplicationScoped
public class TriageDecisions implements ReferralDecisions {

    static final String RECORD_TYPE = "TRIAGE_DECISION";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    ReferralTransitions transitions;

    @Inject
    Clock clock;

    /** The decision and whether an Idempotency-Key replayed an earlier call. */
    record Decided(DecisionView decision, boolean replayed) {}

    @Transactional
    Decided decide(UUID meetingId, DecisionRequest request, String idempotencyKey) {
        TriageMeeting meeting = TriageMeeting.<TriageMeeting>findByIdOptional(meetingId)
                .orElseThrow(() -> ApiException.notFound("triage meeting"));
        var earlier = idempotency.replay(idempotencyKey, "triage-decision:" + meeting.id, request);
        if (earlier.isPresent()) {
            return new Decided(view(TriageDecision.findById(earlier.get().resourceId)), true);
        }
        Referral referral = Referral.<Referral>findByIdOptional(request.referralId())
                .orElseThrow(() -> ApiException.invalid("referralId", "is not a referral of this service"));
        School school = School.findByUrn(referral.schoolUrn).orElseThrow();
        if (!school.area.id.equals(meeting.area.id)) {
            throw ApiException.invalid("referralId", "is a referral of another area, not on this meeting's agenda");
        }
        if (TriageDecision.count("meetingId = ?1 and referralId = ?2", meeting.id, referral.id) > 0) {
            throw ApiException.stateConflict(referral.state.name(),
                    "This meeting has already decided this referral.", List.of());
        }
        List<Eligibility.Result> eligibility = Eligibility.check(referral, meeting.date, EligibilityRule.enabledInOrder());
        check(request, Eligibility.anyNotMet(eligibility));
        transitions.move(referral, request.outcome().next, "Panel decision of " + meeting.date);
        TriageDecision decision = new TriageDecision();
        decision.id = UUID.randomUUID();
        decision.meetingId = meeting.id;
        decision.referralId = referral.id;
        decision.outcome = request.outcome();
        decision.rationale = request.rationale();
        DecisionOutcome outcome = request.outcome();
        decision.declineReason = outcome == DecisionOutcome.DECLINE ? request.declineReason() : null;
        decision.followUpBy = outcome == DecisionOutcome.SIGNPOST ? request.followUpBy() : null;
        decision.infoRequested = outcome == DecisionOutcome.REQUEST_INFO ? request.infoRequested() : null;
        decision.eligibilityOverridden = request.outcome() == DecisionOutcome.ACCEPT && Eligibility.anyNotMet(eligibility);
        decision.eligibilityOverrideReason = decision.eligibilityOverridden ? request.eligibilityOverrideReason() : null;
        decision.decidedAt = clock.instant();
        decision.decidedById = user.id();
        decision.decidedByName = user.displayName();
        if (request.outcome() == DecisionOutcome.SIGNPOST) {
            decision.serviceIds.addAll(request.services());
        }
        decision.persist();
        TriageDecision.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, decision.id);
        idempotency.remember(idempotencyKey, "triage-decision:" + meeting.id, request, 201, decision.id);
        return new Decided(view(decision), false);
    }

    /** What each outcome needs besides a rationale. */
    private static void check(DecisionRequest request, boolean failsEligibility) {
        List<FieldError> errors = new ArrayList<>();
        switch (request.outcome()) {
            case DECLINE -> {
                if (request.declineReason() == null) {
                    errors.add(new FieldError("declineReason", "is required to decline"));
                }
            }
            case SIGNPOST -> {
                if (blank(request.followUpBy())) {
                    errors.add(new FieldError("followUpBy", "is required to signpost"));
                }
                if (request.services() == null || request.services().isEmpty()) {
                    errors.add(new FieldError("services", "at least one service is required to signpost"));
                } else {
                    for (int i = 0; i < request.services().size(); i++) {
                        if (ServiceDirectoryEntry.count("id = ?1 and active = true", request.services().get(i)) == 0) {
                            errors.add(new FieldError("services[" + i + "]", "is not a service in the directory"));
                        }
                    }
                }
            }
            case REQUEST_INFO -> {
                if (blank(request.infoRequested())) {
                    errors.add(new FieldError("infoRequested", "is required to ask the school for information"));
                }
            }
            case ACCEPT -> {
                if (failsEligibility && blank(request.eligibilityOverrideReason())) {
                    errors.add(new FieldError("eligibilityOverrideReason",
                            "is required to accept a referral that fails an eligibility rule"));
                }
            }
            default -> { }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.", errors));
        }
    }

    /** The decision as the API answers it; unaudited: the caller writes the audit row. */
    public DecisionView view(TriageDecision d) {
        return new DecisionView(d.id, d.meetingId, d.referralId, d.outcome, d.rationale, d.declineReason, services(d),
                d.followUpBy, d.infoRequested, d.eligibilityOverridden, d.eligibilityOverrideReason, d.decidedAt,
                d.decidedByName);
    }

    private static List<ServiceView> services(TriageDecision d) {
        if (d.serviceIds.isEmpty()) {
            return List.of();
        }
        return ServiceDirectoryEntry.<ServiceDirectoryEntry>list("id in ?1 order by name", d.serviceIds).stream()
                .map(ServiceDirectoryResource::view).toList();
    }

    @Override
    public Optional<ReferralView.Decision> latest(UUID referralId) {
        return TriageDecision.<TriageDecision>find("referralId = ?1 order by decidedAt desc, id desc", referralId)
                .firstResultOptional()
                .map(d -> new ReferralView.Decision(d.outcome.name(),
                        TriageMeeting.<TriageMeeting>findById(d.meetingId).date,
                        d.declineReason == null ? null : d.declineReason.name(), d.infoRequested,
                        services(d).stream().map(ServiceView::name).toList()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
