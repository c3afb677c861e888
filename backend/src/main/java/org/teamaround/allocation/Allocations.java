package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.teamaround.allocation.AllocationRecords.AllocationRequest;
import org.teamaround.allocation.AllocationRecords.CaseView;
import org.teamaround.allocation.AllocationRecords.FirstContactStatus;
import org.teamaround.allocation.AllocationRecords.PractitionerView;
import org.teamaround.allocation.rules.Capacity;
import org.teamaround.allocation.rules.WorkingDays;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.idempotency.Idempotency;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralState;
import org.teamaround.referral.ReferralTransitions;
import org.teamaround.school.School;

/** Allocates an accepted referral to a practitioner within their capacity, opening the case and its clock. */
@ApplicationScoped
public class Allocations {

    static final String RECORD_TYPE = CaseAccess.RECORD_TYPE;
    static final int FIRST_CONTACT_WORKING_DAYS = 5;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Idempotency idempotency;

    @Inject
    ReferralTransitions transitions;

    @Inject
    PractitionerDirectory directory;

    @Inject
    WorkingDays workingDays;

    @Inject
    CaseAccess access;

    @Inject
    Clock clock;

    @Transactional
    CaseView allocate(AllocationRequest request, String idempotencyKey) {
        var earlier = idempotency.replay(idempotencyKey, "allocate", request);
        if (earlier.isPresent()) {
            return view(SupportCase.findById(earlier.get().resourceId));
        }
        directory.refreshIfStale();
        Referral referral = Referral.<Referral>findByIdOptional(request.referralId())
                .orElseThrow(() -> ApiException.invalid("referralId", "is not a referral of this service"));
        if (referral.state != ReferralState.ACCEPTED) {
            throw ApiException.stateConflict(referral.state.name(), "Only an accepted referral is allocated; this "
                    + "one is " + referral.state + ".", List.of());
        }
        Practitioner practitioner = Practitioner.<Practitioner>findByIdOptional(request.practitionerId())
                .orElseThrow(() -> ApiException.invalid("practitionerId", "is not a practitioner of this service"));
        long caseload = SupportCase.caseload(practitioner.id);
        boolean atCapacity = Capacity.atCapacity(caseload, practitioner.capacity);
        Capacity.refusal(practitioner.name, caseload, practitioner.capacity, request.overrideReason())
                .ifPresent(message -> {
                    throw ApiException.invalid("overrideReason", message);
                });
        transitions.move(referral, ReferralState.ALLOCATED, "Allocated to a family practitioner");
        LocalDate today = LocalDate.now(clock);
        SupportCase supportCase = new SupportCase();
        supportCase.id = UUID.randomUUID();
        supportCase.referralId = referral.id;
        supportCase.practitionerId = practitioner.id;
        supportCase.state = SupportCase.ALLOCATED;
        supportCase.allocatedOn = today;
        supportCase.firstContactDue = workingDays.addWorkingDays(today, FIRST_CONTACT_WORKING_DAYS);
        supportCase.allocatedById = user.id();
        supportCase.allocatedByName = user.displayName();
        supportCase.overrideReason = atCapacity ? request.overrideReason() : null;
        supportCase.createdAt = clock.instant();
        supportCase.persist();
        SupportCase.flush();
        audit.record(AuditAction.CREATE, RECORD_TYPE, supportCase.id);
        idempotency.remember(idempotencyKey, "allocate", request, 201, supportCase.id);
        return view(supportCase);
    }

    @Transactional
    List<PractitionerView> practitioners() {
        directory.refreshIfStale();
        return Practitioner.<Practitioner>listAll().stream()
                .sorted(Comparator.comparing((Practitioner p) -> p.name).thenComparing(p -> p.id))
                .map(PractitionerView::of)
                .toList();
    }

    /** A case the caller may see: a senior any, a practitioner their own, a partner one invited to; else 404. */
    @Transactional
    CaseView get(UUID id) {
        SupportCase found = access.requireReadable(id);
        audit.record(AuditAction.READ, RECORD_TYPE, found.id);
        CaseView view = view(found);
        return access.isGuest() ? view.withoutOverrideReason() : view;
    }

    /**
     * Cases, newest allocation first: a practitioner's own; for a senior every case, or one practitioner's.
     * A practitioner asking for someone else's is refused.
     */
    @Transactional
    List<CaseView> list(String practitionerId) {
        if (!user.hasRole(Roles.SENIOR) && practitionerId != null && !practitionerId.equals(user.id())) {
            throw new ForbiddenException();
        }
        String whose = user.hasRole(Roles.SENIOR) ? practitionerId : user.id();
        List<SupportCase> cases = whose == null
                ? SupportCase.list("order by allocatedOn desc, id")
                : SupportCase.list("practitionerId = ?1 order by allocatedOn desc, id", whose);
        cases.forEach(c -> audit.record(AuditAction.LIST, RECORD_TYPE, c.id));
        return cases.stream().map(this::view).toList();
    }

    /** The case as the API answers it; unaudited: the caller writes the audit row. */
    public CaseView view(SupportCase c) {
        Referral referral = Referral.findById(c.referralId);
        Practitioner practitioner = Practitioner.findById(c.practitionerId);
        String schoolName = School.nameOf(referral.schoolUrn);
        Integer daysTaken = c.firstContactOn == null ? null : workingDays.workingDaysBetween(c.allocatedOn, c.firstContactOn);
        return new CaseView(c.id, c.referralId, referral.reference, referral.childName(), schoolName, c.practitionerId,
                practitioner.name, c.state, c.allocatedOn, c.firstContactDue, c.firstContactOn, firstContactStatus(c),
                daysTaken, c.nextReviewDue, c.closedOn, c.overrideReason);
    }

    private FirstContactStatus firstContactStatus(SupportCase c) {
        if (c.firstContactOn != null) {
            return c.firstContactOn.isAfter(c.firstContactDue) ? FirstContactStatus.MISSED : FirstContactStatus.MET;
        }
        return LocalDate.now(clock).isAfter(c.firstContactDue) ? FirstContactStatus.OVERDUE : FirstContactStatus.DUE;
    }
}
