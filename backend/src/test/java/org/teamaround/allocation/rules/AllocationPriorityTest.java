package org.teamaround.allocation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.teamaround.allocation.rules.AllocationPriority.Candidate;
import org.teamaround.allocation.rules.AllocationPriority.Ranked;

/**
 * Havering's waiting-list order: core offer (no allocation yet this school year), then school vulnerability, then the
 * child's need (exclusion risk, then lower attendance, unknown last), then the older referral, then referral id.
 */
class AllocationPriorityTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    // Each row: candidate A and candidate B (had allocation | vulnerability | at risk | attendance | accepted), the
    // one ranked first, and the last fact its reason must name. Both input orders must give the same answer.
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "false | 10    | false | 95   | 2026-01-10 | true  | 80    | false | 95   | 2026-01-10 | A | Core offer: school 100001 has had no allocation this school year",
        "true  | 90    | true  | 50   | 2025-09-01 | false | 10    | false | 100  | 2026-03-01 | B | Core offer: school 100002 has had no allocation this school year",
        "false | 30    | false | 95   | 2026-01-10 | false | 45    | false | 95   | 2026-01-10 | B | vulnerability 45",
        "true  | 45    | false | 95   | 2026-01-10 | true  | 30    | false | 95   | 2026-01-10 | A | vulnerability 45",
        "false | -     | false | 60   | 2026-01-10 | false | 0.5   | false | 95   | 2026-01-10 | B | vulnerability 0.5",
        "false | 30    | true  | 98   | 2026-01-10 | false | 30    | false | 60   | 2026-01-10 | A | at risk of exclusion",
        "false | 30    | false | 92.5 | 2026-01-10 | false | 30    | false | 71.0 | 2026-01-10 | B | attendance 71.0%",
        "false | 30    | true  | 80   | 2026-01-10 | false | 30    | true  | 70   | 2026-01-10 | B | attendance 70%",
        "false | 30    | false | -    | 2026-01-10 | false | 30    | false | 99.9 | 2026-01-10 | B | attendance 99.9%",
        "false | 42.5  | false | 90   | 2026-01-10 | false | 42.50 | false | 80   | 2026-01-10 | B | attendance 80%",
        "false | 30    | false | 90   | 2026-02-01 | false | 30    | false | 90   | 2026-01-15 | B | accepted 15 January 2026",
        "false | 30    | false | -    | 2026-02-01 | false | 30    | false | -    | 2026-01-15 | B | accepted 15 January 2026",
    })
    void theFirstCriterionThatDiffersDecides(
            boolean aHad, BigDecimal aScore, boolean aRisk, BigDecimal aAttendance, LocalDate aAccepted,
            boolean bHad, BigDecimal bScore, boolean bRisk, BigDecimal bAttendance, LocalDate bAccepted,
            String first, String decidedBy) {
        Candidate a = new Candidate(A, "100001", aAccepted, aHad, aScore, aRisk, aAttendance);
        Candidate b = new Candidate(B, "100002", bAccepted, bHad, bScore, bRisk, bAttendance);
        UUID expected = first.equals("A") ? A : B;

        for (List<Candidate> input : List.of(List.of(a, b), List.of(b, a))) {
            List<Ranked> ranked = AllocationPriority.rank(input);
            assertEquals(List.of(1, 2), ranked.stream().map(Ranked::position).toList());
            assertEquals(expected, ranked.get(0).referralId());
            String reason = ranked.get(0).reason();
            assertEquals(decidedBy, reason.substring(reason.lastIndexOf("; ") + 1).strip(), reason);
        }
    }

    @Test
    void reasonsNameTheFactsDownToWhatSeparatesNeighbours() {
        UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");
        List<Ranked> ranked = AllocationPriority.rank(List.of(
                new Candidate(c, "100002", LocalDate.of(2025, 9, 20), true, new BigDecimal("60"), true, null),
                new Candidate(B, "100001", LocalDate.of(2026, 1, 5), false, new BigDecimal("42.5"), false,
                        new BigDecimal("85.0")),
                new Candidate(A, "100001", LocalDate.of(2026, 1, 5), false, new BigDecimal("42.5"), true,
                        new BigDecimal("80"))));

        assertEquals(List.of(
                new Ranked(1, A, "Core offer: school 100001 has had no allocation this school year; vulnerability 42.5;"
                        + " at risk of exclusion"),
                new Ranked(2, B, "Core offer: school 100001 has had no allocation this school year; vulnerability 42.5;"
                        + " not at risk of exclusion"),
                new Ranked(3, c, "Core offer already met: school 100002 has had an allocation this school year")),
                ranked);
    }

    @Test
    void identicalNeedIsOrderedByReferralIdAsText() {
        // UUID.compareTo would put 8… first (its high half is negative as a signed long); text order, like PostgreSQL's, puts 1… first
        UUID low = UUID.fromString("10000000-0000-0000-0000-000000000000");
        UUID middle = UUID.fromString("7fffffff-ffff-ffff-0000-000000000000");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        LocalDate accepted = LocalDate.of(2026, 1, 5);
        List<Candidate> input = List.of(high, low, middle).stream()
                .map(id -> new Candidate(id, "100001", accepted, false, BigDecimal.TEN, false, new BigDecimal("90")))
                .toList();

        List<Ranked> ranked = AllocationPriority.rank(input);

        assertEquals(List.of(low, middle, high), ranked.stream().map(Ranked::referralId).toList());
        assertEquals("Core offer: school 100001 has had no allocation this school year; vulnerability 10;"
                + " not at risk of exclusion; attendance 90%; accepted 5 January 2026; same priority, ordered by referral id",
                ranked.get(1).reason());
    }

    @Test
    void anEmptyOrSingleWaitingListNeedsNoTieBreak() {
        assertEquals(List.of(), AllocationPriority.rank(List.of()));
        Candidate only = new Candidate(A, "100001", LocalDate.of(2026, 1, 5), true, null, false, null);
        assertEquals(List.of(new Ranked(1, A,
                "Core offer already met: school 100001 has had an allocation this school year")),
                AllocationPriority.rank(List.of(only)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-08-31 | 2025-09-01",
        "2026-09-01 | 2026-09-01",
        "2026-12-31 | 2026-09-01",
        "2027-01-01 | 2026-09-01",
        "2024-02-29 | 2023-09-01",
    })
    void aSchoolYearStartsOnFirstSeptember(LocalDate day, LocalDate start) {
        assertEquals(start, SchoolYears.start(day));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-08-31 | 2026-09-01 | false", // last day of one school year, first of the next
        "2025-09-01 | 2026-08-31 | true",  // first and last day of the same one
        "2026-09-01 | 2027-08-31 | true",
        "2025-08-31 | 2025-09-01 | false",
        "2026-01-10 | 2025-10-01 | true",  // order does not matter
    })
    void anAllocationOn31AugustDoesNotCountForTheNextSchoolYear(LocalDate a, LocalDate b, boolean same) {
        assertEquals(same, SchoolYears.inSameSchoolYear(a, b));
        assertEquals(same, SchoolYears.inSameSchoolYear(b, a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "1 | 1 | 1 | 1   | 20.5 | 3 | 10  | 5   | 38.5", // 20.5 + 3 + 10 + 5
        "1 | 1 | 1 | 1   | -    | - | -   | -   | 0",
        "1 | 1 | 1 | 1   | 12   | - | 4.5 | -   | 16.5", // missing figures count as 0
        "2 | 5 | 0 | 0.5 | 10   | 2 | 30  | 8   | 34",   // 20 + 10 + 0 + 4
    })
    void theScoreIsTheWeightedSumOfTheFigures(BigDecimal wSen, BigDecimal wLooked, BigDecimal wMobility,
            BigDecimal wEal, BigDecimal sen, Integer looked, BigDecimal mobility, BigDecimal eal, BigDecimal score) {
        VulnerabilityWeights weights = new VulnerabilityWeights(wSen, wLooked, wMobility, wEal);
        assertEquals(0, score.compareTo(weights.score(new SchoolVulnerability(sen, looked, mobility, eal))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // X = 20 + 0 + 5 + 5 = 30, Y = 5 + 2 + 10 + 30 = 47
        "1 | 1 | 1 | 1   | 100002",
        // X = 60 + 0 + 5 + 2.5 = 67.5, Y = 15 + 2 + 10 + 15 = 42
        "3 | 1 | 1 | 0.5 | 100001",
    })
    void weightsChangeTheOrder(BigDecimal wSen, BigDecimal wLooked, BigDecimal wMobility, BigDecimal wEal,
            String firstUrn) {
        VulnerabilityWeights weights = new VulnerabilityWeights(wSen, wLooked, wMobility, wEal);
        BigDecimal x = weights.score(new SchoolVulnerability(new BigDecimal("20"), 0, new BigDecimal("5"),
                new BigDecimal("5")));
        BigDecimal y = weights.score(new SchoolVulnerability(new BigDecimal("5"), 2, new BigDecimal("10"),
                new BigDecimal("30")));
        LocalDate accepted = LocalDate.of(2026, 1, 5);

        List<Ranked> ranked = AllocationPriority.rank(List.of(
                new Candidate(A, "100001", accepted, false, x, false, null),
                new Candidate(B, "100002", accepted, false, y, false, null)));

        assertEquals(firstUrn.equals("100001") ? A : B, ranked.get(0).referralId());
    }

    @Test
    void defaultWeightsAreAllOne() {
        assertEquals(new VulnerabilityWeights(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                VulnerabilityWeights.DEFAULTS);
    }

    @Test
    void aNegativeWeightIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VulnerabilityWeights(BigDecimal.ONE,
                new BigDecimal("-1"), BigDecimal.ONE, BigDecimal.ONE));
    }
}
