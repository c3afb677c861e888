package org.teamaround.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.teamaround.allocation.AllocationRecords.QueueItem;
import org.teamaround.allocation.AllocationRecords.QueuePage;
import org.teamaround.allocation.rules.AllocationPriority;
import org.teamaround.allocation.rules.AllocationPriority.Ranked;
import org.teamaround.allocation.rules.SchoolYears;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.time.Clocks;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralHistoryEntry;
import org.teamaround.referral.ReferralState;
import org.teamaround.school.School;

/**
 * The accepted referrals waiting for a practitioner, in the service's priority order with the reason for each. The
 * order needs every waiting referral's facts (a narrow read); only the page shown is read in full and audited.
 */
@ApplicationScoped
class AllocationQueue {

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** The facts the order reads about a waiting referral. */
    record Waiting(UUID id, String schoolUrn, Boolean atRiskOfExclusion, BigDecimal attendancePercent) {}

    /** One page of the queue, or (with `referralId`) that referral's place in it alone. */
    @Transactional
    QueuePage list(int page, int size, UUID referralId) {
        List<Ranked> ranked = ranked();
        List<Ranked> matching = referralId == null ? ranked
                : ranked.stream().filter(r -> r.referralId().equals(referralId)).toList();
        List<Ranked> shown = matching.stream().skip((long) page * size).limit(size).toList();
        return new QueuePage(items(shown), page, size, matching.size());
    }

    private List<Ranked> ranked() {
        LocalDate today = LocalDate.now(clock);
        List<Waiting> waiting = em.createQuery("select r.id, r.schoolUrn, r.atRiskOfExclusion, r.attendancePercent "
                        + "from Referral r where r.state = :state", Object[].class)
                .setParameter("state", ReferralState.ACCEPTED).getResultStream()
                .map(r -> new Waiting((UUID) r[0], (String) r[1], (Boolean) r[2], (BigDecimal) r[3])).toList();
        if (waiting.isEmpty()) {
            return List.of();
        }
        Set<String> servedThisYear = schoolsWithAllocationSince(SchoolYears.start(today));
        Map<String, School> schools = schools(waiting.stream().map(Waiting::schoolUrn).collect(Collectors.toSet()));
        Map<UUID, LocalDate> acceptedOn = acceptedOn(waiting.stream().map(Waiting::id).toList());
        return AllocationPriority.rank(waiting.stream()
                .map(w -> new AllocationPriority.Candidate(w.id(), w.schoolUrn(), acceptedOn.getOrDefault(w.id(), today),
                        servedThisYear.contains(w.schoolUrn()), schools.get(w.schoolUrn()).vulnerabilityScore(),
                        Boolean.TRUE.equals(w.atRiskOfExclusion()), w.attendancePercent()))
                .toList());
    }

    /** The page's referrals in full, each listing audited. */
    private List<QueueItem> items(List<Ranked> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<UUID, Referral> referrals = Referral.<Referral>list("id in ?1", shown.stream().map(Ranked::referralId).toList())
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<String, School> schools = schools(referrals.values().stream().map(r -> r.schoolUrn).collect(Collectors.toSet()));
        Map<UUID, LocalDate> acceptedOn = acceptedOn(referrals.keySet());
        LocalDate today = LocalDate.now(clock);
        return shown.stream().map(ranked -> {
            Referral r = referrals.get(ranked.referralId());
            School school = schools.get(r.schoolUrn);
            audit.record(AuditAction.LIST, "REFERRAL", r.id);
            return new QueueItem(ranked.position(), r.id, r.reference, r.childName(), r.schoolUrn, school.name,
                    school.area.name, acceptedOn.getOrDefault(r.id, today), ranked.reason());
        }).toList();
    }

    private static Map<String, School> schools(Collection<String> urns) {
        return School.<School>list("urn in ?1", urns).stream().collect(Collectors.toMap(s -> s.urn, Function.identity()));
    }

    private Set<String> schoolsWithAllocationSince(LocalDate start) {
        return new HashSet<>(em.createQuery("select distinct r.schoolUrn from SupportCase c, Referral r "
                + "where c.referralId = r.id and c.allocatedOn >= :start", String.class)
                .setParameter("start", start).getResultList());
    }

    /** The day each referral was (last) accepted. */
    private static Map<UUID, LocalDate> acceptedOn(Collection<UUID> referralIds) {
        Map<UUID, LocalDate> days = new HashMap<>();
        ReferralHistoryEntry.<ReferralHistoryEntry>list("referralId in ?1 and toState = ?2 order by at",
                referralIds, ReferralState.ACCEPTED)
                .forEach(h -> days.put(h.referralId, h.at.atZone(Clocks.LONDON).toLocalDate()));
        return days;
    }
}
