package org.teamaround.allocation.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/** Orders the accepted referrals waiting for a practitioner the Havering way, and says why each one stands where it does. */
public final class AllocationPriority {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** An accepted referral waiting for a practitioner, with its school's standing; attendance and score may be unknown. */
    public record Candidate(UUID referralId, String schoolUrn, LocalDate acceptedOn,
            boolean schoolHasAllocationThisSchoolYear, BigDecimal schoolVulnerabilityScore, boolean atRiskOfExclusion,
            BigDecimal attendancePercent) {

        public Candidate {
            Objects.requireNonNull(referralId, "referralId");
            Objects.requireNonNull(schoolUrn, "schoolUrn");
            Objects.requireNonNull(acceptedOn, "acceptedOn");
        }
    }

    /** A place on the waiting list, from 1, and the facts that put the referral there. */
    public record Ranked(int position, UUID referralId, String reason) {
    }

    /** One step of the order: how it compares two candidates and how it states its fact about one. */
    private record Criterion(Comparator<Candidate> order, Function<Candidate, String> fact) {
    }

    // Applied in turn; the first that separates two candidates decides between them.
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion(Comparator.comparing(Candidate::schoolHasAllocationThisSchoolYear),
                    c -> c.schoolHasAllocationThisSchoolYear()
                            ? "Core offer already met: school " + c.schoolUrn() + " has had an allocation this school year"
                            : "Core offer: school " + c.schoolUrn() + " has had no allocation this school year"),
            new Criterion(Comparator.comparing(Candidate::schoolVulnerabilityScore,
                            Comparator.nullsLast(Comparator.reverseOrder())),
                    c -> c.schoolVulnerabilityScore() == null
                            ? "no vulnerability figures for the school"
                            : "vulnerability " + c.schoolVulnerabilityScore().toPlainString()),
            new Criterion(Comparator.comparing(Candidate::atRiskOfExclusion).reversed(),
                    c -> c.atRiskOfExclusion() ? "at risk of exclusion" : "not at risk of exclusion"),
            new Criterion(Comparator.comparing(Candidate::attendancePercent,
                            Comparator.nullsLast(Comparator.naturalOrder())),
                    c -> c.attendancePercent() == null
                            ? "attendance unknown"
                            : "attendance " + c.attendancePercent().toPlainString() + "%"),
            new Criterion(Comparator.comparing(Candidate::acceptedOn),
                    c -> "accepted " + DAY.format(c.acceptedOn())),
            // UUIDs by their text, which is also how PostgreSQL orders uuid (UUID.compareTo compares signed halves)
            new Criterion(Comparator.comparing(c -> c.referralId().toString()),
                    c -> "same priority, ordered by referral id"));

    private static final Comparator<Candidate> ORDER = CRITERIA.stream()
            .map(Criterion::order)
            .reduce(Comparator::thenComparing)
            .orElseThrow();

    private AllocationPriority() {
    }

    /**
     * The waiting list, first to be allocated first. Each reason lists the facts in priority order down to the one that
     * separates the referral from its neighbours on the list.
     */
    public static List<Ranked> rank(List<Candidate> waiting) {
        List<Candidate> ordered = waiting.stream().sorted(ORDER).toList();
        List<Ranked> ranked = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Candidate candidate = ordered.get(i);
            int deciding = 0;
            if (i > 0) {
                deciding = Math.max(deciding, decidingCriterion(ordered.get(i - 1), candidate));
            }
            if (i < ordered.size() - 1) {
                deciding = Math.max(deciding, decidingCriterion(candidate, ordered.get(i + 1)));
            }
            ranked.add(new Ranked(i + 1, candidate.referralId(), reason(candidate, deciding)));
        }
        return List.copyOf(ranked);
    }

    private static int decidingCriterion(Candidate a, Candidate b) {
        for (int i = 0; i < CRITERIA.size(); i++) {
            if (CRITERIA.get(i).order().compare(a, b) != 0) {
                return i;
            }
        }
        return CRITERIA.size() - 1; // the same referral listed twice
    }

    private static String reason(Candidate candidate, int deciding) {
        List<String> facts = new ArrayList<>();
        for (int i = 0; i <= deciding; i++) {
            facts.add(CRITERIA.get(i).fact().apply(candidate));
        }
        return String.join("; ", facts);
    }
}
