package org.teamaround.security.matrix;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teamaround.referral.check.SchoolYear;

/**
 * The request bodies of the matrix, valid as the resources check them, dated today: one place for what the
 * {@link World} sends to make its records and what the recipes send to change them.
 */
final class Bodies {

    private static final String SOMEONE = "Sam Matrix";

    private Bodies() {}

    /** The body with one more field (which may be null, e.g. no version before the first save). */
    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    /** A referral of the school complete enough to submit, for a child named uniquely, eligible for the service. */
    static Map<String, Object> referral(String schoolUrn) {
        LocalDate today = LocalDate.now();
        LocalDate born = today.minusYears(8);
        return Map.of(
                "schoolUrn", schoolUrn,
                "child", Map.of("firstName", "Robin", "lastName", "Matrix" + System.nanoTime(),
                        "dateOfBirth", born.toString(), "gender", "FEMALE",
                        "yearGroup", SchoolYear.expectedYearGroup(born, today), "senProvision", "K",
                        "primaryNeed", "SEMH"),
                "carers", List.of(Map.of("name", SOMEONE, "relationship", "Mother")),
                "needs", Map.of("tags", List.of("ANXIETY"), "description", "Anxious about coming into school"),
                "schoolActions", "Two cycles of SEN support",
                "education", Map.of("attendancePercent", 85, "atRiskOfExclusion", false),
                "knownTo", Map.of("earlyHelp", "NO", "socialCare", "NO"),
                "consent", Map.of("givenBy", SOMEONE, "givenOn", today.minusDays(1).toString(), "method", "WRITTEN",
                        "informationSharing", true));
    }

    static Map<String, Object> meeting(String area, List<Map<String, Object>> attendees) {
        return Map.of("date", LocalDate.now().toString(), "area", area, "attendees", attendees);
    }

    /** The panel accepts; the override reason only counts if test data made the referral fail a rule. */
    static Map<String, Object> acceptance(String referralId) {
        return Map.of("referralId", referralId, "outcome", "ACCEPT", "rationale", "Meets the criteria",
                "eligibilityOverrideReason", "Agreed by the panel");
    }

    /** An allocation with an override reason: earlier tests may have filled the practitioner's caseload. */
    static Map<String, Object> allocation(String referralId, String practitionerId) {
        return Map.of("referralId", referralId, "practitionerId", practitionerId,
                "overrideReason", "Test data fills caseloads");
    }

    static Map<String, Object> contact() {
        return Map.of("date", LocalDate.now().toString(), "type", "HOME_VISIT", "durationMinutes", 45,
                "childSeen", true, "note", "Met the family at home");
    }

    /** Every section written, so that the draft can also be completed. */
    static Map<String, Object> assessment(Long version) {
        Map<String, Object> sections = new HashMap<>();
        for (String section : List.of("childNeeds", "parentingCapacity", "familyEnvironment", "strengths", "risks",
                "wishesAndFeelings", "aspirations", "schoolInput", "familyNetwork")) {
            sections.put(section, "Discussed with the family");
        }
        return with(Map.of("sections", sections), "version", version);
    }

    static Map<String, Object> plan(Long version) {
        Map<String, Object> action = Map.of("what", "Weekly check-in with the family", "who", "PRACTITIONER",
                "byWhen", LocalDate.now().plusWeeks(4).toString(), "status", "NOT_STARTED");
        return with(Map.of("actions", List.of(action), "interventions", List.of("PACE")), "version", version);
    }

    /** A review held today; CONTINUE or EXTEND keep the case open. */
    static Map<String, Object> review(String decision) {
        return Map.of("heldOn", LocalDate.now().toString(), "attendees", List.of("Practitioner", "Mother"),
                "progress", List.of(), "scores", Map.of(), "decision", decision);
    }

    /** A closure any practitioner may make at any time (disengaged needs no ending review). */
    static Map<String, Object> closure() {
        return Map.of("reason", "DISENGAGED",
                "outcomes", Map.of("placementKept", true, "ehcNeedsAssessmentRequested", false, "ehcpIssued", false),
                "feedback", List.of(Map.of("from", "PARENT", "rating", 4)));
    }

    /** A partner user invited from today for four weeks. */
    static Map<String, Object> invitation(String partnerId) {
        LocalDate today = LocalDate.now();
        return Map.of("partnerId", partnerId, "from", today.toString(), "until", today.plusWeeks(4).toString(),
                "note", "CAMHS assessment");
    }

    static Map<String, Object> group(String areaId) {
        return Map.of("name", "Matrix parents' group " + System.nanoTime(), "kind", "PARENT", "areaId", areaId,
                "schoolYear", schoolYear(LocalDate.now()), "halfTerm", "AUTUMN_2");
    }

    /** The school year a day falls in, e.g. 2026/27 (it begins on 1 September). */
    static String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return "%d/%02d".formatted(start, (start + 1) % 100);
    }

    static Map<String, Object> area(String name) {
        return Map.of("name", name, "triageCadence", cadence(2, "FRIDAY"));
    }

    static Map<String, Object> cadence(int everyWeeks, String weekday) {
        return Map.of("everyWeeks", everyWeeks, "weekday", weekday);
    }

    static Map<String, Object> school(String urn, String area) {
        return Map.of("urn", urn, "name", "Matrix School " + urn, "area", area, "phase", "PRIMARY",
                "vulnerability", Map.of("senPercent", 18.5, "lookedAfter", 4));
    }

    static String schoolsCsv(String urn, String area) {
        return "urn,name,area,phase,sen_percent,looked_after,mobility_percent,eal_percent\n"
                + urn + ",Matrix Import School " + urn + "," + area + ",PRIMARY,18.5,4,9.0,6.5\n";
    }
}
