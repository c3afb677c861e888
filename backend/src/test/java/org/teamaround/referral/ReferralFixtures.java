package org.teamaround.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Referral bodies as a school would send them, as mutable maps so a test can break one field. */
final class ReferralFixtures {

    private ReferralFixtures() {}

    /** A complete referral for a school, with a child name unique to this call. */
    static Map<String, Object> complete(String schoolUrn) {
        Map<String, Object> body = draft(schoolUrn);
        body.put("siblings", new ArrayList<>(List.of(map("firstName", "Alex", "lastName", "Example",
                "dateOfBirth", "2019-06-01"))));
        body.put("carers", new ArrayList<>(List.of(map("name", "Jo Example", "relationship", "Mother",
                "phone", "07700 900123", "email", "jo@example.org", "preferredLanguage", "English",
                "interpreterNeeded", false))));
        body.put("needs", map("tags", new ArrayList<>(List.of("ANXIETY", "SCHOOL_AVOIDANCE")),
                "description", "Struggles to come into school after the holidays"));
        body.put("education", map("attendancePercent", 82.5, "suspensionsThisYear", 1, "atRiskOfExclusion", false));
        body.put("schoolActions", "Assess, plan, do, review: two cycles of SEN support");
        body.put("knownTo", map("earlyHelp", "NO", "socialCare", "UNKNOWN"));
        body.put("consent", map("givenBy", "Jo Example", "givenOn", LocalDate.now().minusDays(2).toString(),
                "method", "IN_PERSON", "informationSharing", true));
        body.put("safeguardingConcern", false);
        return body;
    }

    /** The child page only, as a draft after the first page of the form. */
    static Map<String, Object> draft(String schoolUrn) {
        Map<String, Object> body = new HashMap<>();
        body.put("schoolUrn", schoolUrn);
        body.put("child", map("firstName", "Sam", "lastName", uniqueName(), "dateOfBirth", "2017-03-14",
                "gender", "MALE", "yearGroup", org.teamaround.referral.check.SchoolYear.expectedYearGroup(LocalDate.of(2017, 3, 14), LocalDate.now()), "upn", "B801200005001", "nhsNumber", "9434765919",
                "senProvision", "K", "primaryNeed", "SEMH", "hasSupportPlan", true));
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> child(Map<String, Object> body) {
        return (Map<String, Object>) body.get("child");
    }

    static String uniqueName() {
        return "Test" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
