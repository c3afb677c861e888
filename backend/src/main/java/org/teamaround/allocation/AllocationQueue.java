package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.teamaround.allocation.rules.AllocationPriority;
import org.teamaround.allocation.rules.SchoolYears;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.time.Clocks;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralHistoryEntry;
import org.teamaround.referral.ReferralState;
import org.teamaround.school.School;

/** The accepted referrals waiting for a practitioner, in the service's priority order with the reason for each. */
@ApplicationScoped
class AllocationQueue {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    List<AllocationRecords.QueueItem> list() {
        LocalDate today = LocalDate.now(clock);
        Map<java.util.UUID, Referral> waiting = Referral.<Referral>list("state", ReferralState.ACCEPTED).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        if (waiting.isEmpty()) {
            return List.of();
        }
        Set<String> servedThisYear = schoolsWithAllocationSince(SchoolYears.start(today));
        Map<String, School> schools = School.<School>list("urn in ?1",
                waiting.values().stream().map(r -> r.schoolUrn).distinct().toList())
                .stream().collect(Collectors.toMap(s -> s.urn, Function.identity()));
        Map<java.util.UUID, LocalDate> acceptedOn = acceptedOn(waiting.keySet());
        List<AllocationPriority.Candidate> candidates = waiting.values().stream()
                .map(r -> new AllocationPriority.Candidate(r.id, r.schoolUrn, acceptedOn.getOrDefault(r.id, today),
                        servedThisYear.contains(r.schoolUrn), schools.get(r.schoolUrn).vulnerabilityScore(),
                        Boolean.TRUE.equals(r.atRiskOfExclusion), r.attendancePercent))
                .toList();
        return AllocationPriority.rank(candidates).stream().map(ranked -> {
            Referral r = waiting.get(ranked.referralId());
            School school = schools.get(r.schoolUrn);
            audit.record(AuditAction.LIST, "REFERRAL", r.id);
            return new AllocationRecords.QueueItem(ranked.position(), r.id, r.reference,
                    r.childName(), r.schoolUrn,
                    school.name, school.area.name, acceptedOn.getOrDefault(r.id, today), ranked.reason());
        }).toList();
    }

    private static Set<String> schoolsWithAllocationSince(LocalDate start) {
        return new HashSet<>(Referral.getEntityManager().createQuery(
                "select distinct r.schoolUrn from SupportCase c, Referral r where c.referralId = r.id "
                        + "and c.allocatedOn >= :start", String.class).setParameter("start", start).getResultList());
    }

    private static Map<java.util.UUID, LocalDate> acceptedOn(Set<java.util.UUID> referralIds) {
        Map<java.util.UUID, LocalDate> days = new HashMap<>();
        ReferralHistoryEntry.<ReferralHistoryEntry>list("referralId in ?1 and toState = ?2 order by at",
                referralIds, ReferralState.ACCEPTED)
                .forEach(h -> days.put(h.referralId, h.at.atZone(Clocks.LONDON).toLocalDate()));
        return days;
    }
}
