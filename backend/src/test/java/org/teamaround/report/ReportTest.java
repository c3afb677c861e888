package org.teamaround.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.teamaround.common.time.Clocks;
import org.teamaround.support.KeycloakTokens;

/**
 * The reports on a small history worked out by hand (autumn term 2019, an area of its own): eight referrals, two
 * schools, three meetings, three cases. The answers are in the comments next to each figure.
 */
@QuarkusTest
class ReportTest {

    private static final String AUTUMN = "from=2019-09-01&to=2019-12-31";

    @Inject
    Clocks clocks;

    private static ReportScenario scenario;
    private static Map<String, String> referrals;

    @BeforeEach
    void buildTheHistoryOnce() {
        if (scenario != null) {
            return;
        }
        try {
            ReportScenario built = new ReportScenario(clocks);
            referrals = history(built);
            scenario = built;
        } finally {
            clocks.reset();
        }
    }

    /**
     * R1 school A, submitted 30 Aug (before the term), 2 siblings, accepted 6 Sep, allocated 9 Sep (first contact due
     * 16 Sep), contacted 16 Sep, reviewed 25 Oct (due 28 Oct) and 10 Dec (due 6 Dec: late), closed 20 Dec. R2 A,
     * 2 Sep, signposted 6 Sep. R3 B, 3 Sep, 1 sibling, declined 6 Sep. R4 B, 3 Sep, accepted 6 Sep, allocated 9 Sep,
     * contacted 17 Sep (late), no review (due 29 Oct: overdue). R5 A, submitted 31 Dec only. R6 B, 4 Sep, withdrawn
     * 5 Sep. R7 A, 1 Nov, accepted 15 Nov, never allocated. R8 B, 29 Nov, accepted 13 Dec, allocated Thursday 19 Dec
     * (due 30 Dec: 25 and 26 Dec are bank holidays), contacted 30 Dec.
     */
    private static Map<String, String> history(ReportScenario s) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("R1", s.submitted(s.schoolA, "2019-08-30", 2));
        r.put("R2", s.submitted(s.schoolA, "2019-09-02", 0));
        r.put("R3", s.submitted(s.schoolB, "2019-09-03", 1));
        r.put("R4", s.submitted(s.schoolB, "2019-09-03", 0));
        r.put("R6", s.submitted(s.schoolB, "2019-09-04", 0));
        s.withdrawn(r.get("R6"), "2019-09-05");
        s.meeting("2019-09-06", Map.of(r.get("R1"), "ACCEPT", r.get("R2"), "SIGNPOST", r.get("R3"), "DECLINE",
                r.get("R4"), "ACCEPT"));
        String case1 = s.allocated(r.get("R1"), "2019-09-09");
        String case4 = s.allocated(r.get("R4"), "2019-09-09");
        s.contacted(case1, "2019-09-16");
        s.contacted(case4, "2019-09-17");
        s.reviewed(case1, "2019-10-25");
        r.put("R7", s.submitted(s.schoolA, "2019-11-01", 0));
        s.meeting("2019-11-15", Map.of(r.get("R7"), "ACCEPT"));
        r.put("R8", s.submitted(s.schoolB, "2019-11-29", 0));
        s.reviewed(case1, "2019-12-10");
        s.meeting("2019-12-13", Map.of(r.get("R8"), "ACCEPT"));
        String case8 = s.allocated(r.get("R8"), "2019-12-19");
        s.closed(case1, "2019-12-20", Map.of("placementKept", true, "attendancePercentAfter", 92, "suspensionsAfter", 0,
                "atRiskOfExclusionAfter", false, "ehcNeedsAssessmentRequested", true, "ehcpIssued", false,
                "supportingFamiliesHeadlinesMet", List.of("GOOD_EDUCATION")), 5, "Mornings are calmer at home now");
        s.contacted(case8, "2019-12-30");
        r.put("R5", s.submitted(s.schoolA, "2019-12-31", 0));
        return r;
    }

    @Test
    void theFunnelCountsEachReferralOnTheDayItReachedEachStage() {
        JsonPath funnel = report("funnel", AUTUMN).statusCode(200).body("filters.areaName", equalTo(scenario.area))
                .extract().jsonPath();
        assertEquals(Map.of("received", 7, "discussed", 6, "accepted", 4, "allocated", 3, "signposted", 1, "declined", 1,
                "escalated", 0, "withdrawn", 1, "childrenSupported", 7), counts(funnel, "total", List.of("received",
                "discussed", "accepted", "allocated", "signposted", "declined", "escalated", "withdrawn", "childrenSupported")));
        assertEquals(66.7f, value(funnel, "total", "acceptedShare")); // 4 of 6 discussed
        assertEquals(16.7f, value(funnel, "total", "signpostedShare"));
        assertEquals(5, figure(funnel, "total", "childrenSupported").get("base")); // R1 + 2, R2, R4, R7, R8
        assertEquals(false, figure(funnel, "total", "childrenSupported").get("suppressed"));
        assertEquals(true, figure(funnel, "total", "accepted").get("suppressed"));
        assertEquals(false, figure(funnel, "total", "escalated").get("suppressed")); // none is not small
    }

    @Test
    void bothEndsOfThePeriodAreIncluded() {
        JsonPath meetingDay = report("funnel", "from=2019-09-06&to=2019-09-06").extract().jsonPath();
        assertEquals(Map.of("received", 0, "discussed", 4), counts(meetingDay, "total", List.of("received", "discussed")));
        JsonPath before = report("funnel", "from=2019-09-01&to=2019-09-05").extract().jsonPath();
        assertEquals(Map.of("received", 4, "discussed", 0, "withdrawn", 1),
                counts(before, "total", List.of("received", "discussed", "withdrawn")));
        JsonPath lastDay = report("funnel", "from=2019-12-31&to=2019-12-31").extract().jsonPath();
        assertEquals(Map.of("received", 1), counts(lastDay, "total", List.of("received"))); // R5
    }

    /** Another area's January 2020 ({@link #sentBackAndWithdrawn}): R1 with 4 children, R2 withdrawn, R3 not counted. */
    @Test
    void siblingsNamedAfterTheFirstDecisionAreSupportedAndOnlySubmittedReferralsCountAsWithdrawn() {
        ReportScenario later = sentBackAndWithdrawn("2020");
        JsonPath january = report(later, "funnel", "from=2020-01-01&to=2020-01-31").statusCode(200).extract().jsonPath();
        assertEquals(Map.of("received", 2, "discussed", 1, "accepted", 1, "withdrawn", 1, "childrenSupported", 4),
                counts(january, "total", List.of("received", "discussed", "accepted", "withdrawn", "childrenSupported")));
        JsonPath firstDecisionOnly = report(later, "funnel", "from=2020-01-10&to=2020-01-10").extract().jsonPath();
        assertEquals(Map.of("discussed", 1, "accepted", 0, "childrenSupported", 4), counts(firstDecisionOnly, "total",
                List.of("discussed", "accepted", "childrenSupported"))); // discussed on the 10th, accepted later
    }

    @Test
    void aBreakdownBySchoolListsEverySchoolOfTheArea() {
        JsonPath bySchool = report("funnel", AUTUMN + "&by=school").extract().jsonPath();
        assertEquals(List.of(scenario.schoolA, scenario.schoolB), bySchool.getList("rows.key"));
        assertEquals(Map.of("received", 3, "discussed", 3, "accepted", 2, "allocated", 1, "signposted", 1),
                counts(bySchool, "rows[0]", List.of("received", "discussed", "accepted", "allocated", "signposted")));
        assertEquals(Map.of("received", 4, "discussed", 3, "accepted", 2, "allocated", 2, "declined", 1, "withdrawn", 1),
                counts(bySchool, "rows[1]", List.of("received", "discussed", "accepted", "allocated", "declined", "withdrawn")));
    }

    @Test
    void timelinessCountsWorkingDaysReviewsDueAndTheWaitingList() {
        JsonPath timeliness = report("timeliness", AUTUMN).extract().jsonPath();
        assertEquals(66.7f, value(timeliness, "total", "firstContactOnTime")); // R1 and R8 (bank holidays) on time, R4 late
        assertEquals(33.3f, value(timeliness, "total", "reviewsOnTime")); // R1 on time, R1 late, R4 overdue
        assertEquals(5.5f, value(timeliness, "total", "daysToDecisionMedian")); // 3, 3, 4, 7, 14, 14
        assertEquals(14f, value(timeliness, "total", "daysToDecisionP90"));
        assertEquals(3f, value(timeliness, "total", "daysToAllocationMedian")); // 3, 3, 6
        assertEquals(5.4f, value(timeliness, "total", "daysToAllocationP90"));
        assertEquals(1f, value(timeliness, "total", "waitingList")); // R7 on 31 Dec
        assertEquals(46f, value(timeliness, "total", "oldestWaitingDays")); // 15 Nov to 31 Dec
    }

    @Test
    void monthlyTimelinessReadsTheWaitingListAtEachMonthEnd() {
        JsonPath monthly = report("timeliness", AUTUMN + "&by=month").extract().jsonPath();
        assertEquals(List.of("2019-09", "2019-10", "2019-11", "2019-12"), monthly.getList("rows.key"));
        assertEquals(List.of("September 2019", "October 2019", "November 2019", "December 2019"), monthly.getList("rows.label"));
        assertEquals(List.of(0f, 0f, 1f, 1f), List.of(value(monthly, "rows[0]", "waitingList"),
                value(monthly, "rows[1]", "waitingList"), value(monthly, "rows[2]", "waitingList"),
                value(monthly, "rows[3]", "waitingList")));
        assertEquals(50f, value(monthly, "rows[0]", "firstContactOnTime")); // September: R1 yes, R4 no
        assertEquals(100f, value(monthly, "rows[3]", "firstContactOnTime")); // December: R8
        assertEquals(1f, value(monthly, "total", "waitingList")); // the period's last day, not the sum of months
    }

    @Test
    void caseloadsAndSchoolAllocationsShowCapacityAndTheCoreOffer() {
        JsonPath caseloads = report("caseloads", AUTUMN).extract().jsonPath();
        assertEquals(List.of("Priya Shah"), caseloads.getList("rows.label"));
        assertEquals(Map.of("openCases", 2, "allocated", 3, "closed", 1), // R4 and R8 open on 31 Dec, R1 closed
                counts(caseloads, "rows[0]", List.of("openCases", "allocated", "closed")));
        float capacity = value(caseloads, "rows[0]", "capacity");
        assertEquals(Math.round(2 * 1000 / capacity) / 10f, value(caseloads, "rows[0]", "capacityUsed"));

        JsonPath schools = report("school-allocations", AUTUMN).extract().jsonPath();
        assertEquals(List.of(1f, 1f, 38f), List.of(value(schools, "rows[0]", "allocated"),
                value(schools, "rows[0]", "coreOffer"), value(schools, "rows[0]", "vulnerabilityScore")));
        assertEquals(2f, value(schools, "total", "coreOffer")); // one school year, two schools
        report("school-allocations", AUTUMN + "&by=area").statusCode(400);
    }

    @Test
    void outcomesCompareTheChildAtReferralAndAtClosure() {
        JsonPath outcomes = report("outcomes", AUTUMN).extract().jsonPath();
        assertEquals(Map.of("closures", 1, "attendanceImproved", 1, "suspensionsBefore", 2, "suspensionsAfter", 0,
                "exclusionRiskBefore", 1, "exclusionRiskRemoved", 1, "ehcNeedsAssessments", 1, "ehcpsIssued", 0,
                "supportingFamiliesMet", 1), counts(outcomes, "total", List.of("closures", "attendanceImproved",
                "suspensionsBefore", "suspensionsAfter", "exclusionRiskBefore", "exclusionRiskRemoved",
                "ehcNeedsAssessments", "ehcpsIssued", "supportingFamiliesMet")));
        assertEquals(100f, value(outcomes, "total", "placementKept"));
        assertEquals(12f, value(outcomes, "total", "attendanceChange")); // 80 at referral, 92 at closure
        assertEquals(5f, value(outcomes, "total", "feedbackParents"));
        assertEquals("Mornings are calmer at home now", outcomes.getString("quotes[0].quote"));
    }

    @Test
    void theCsvIsTheJsonWithSmallNumbersSuppressed() {
        JsonPath json = report("funnel", AUTUMN + "&by=school").extract().jsonPath();
        ValidatableResponse csv = given().auth().oauth2(KeycloakTokens.forUser("senior1")).accept("text/csv")
                .get("/api/v1/reports/funnel?" + AUTUMN + "&by=school&areaId=" + scenario.areaId).then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"funnel_2019-09-01_to_2019-12-31_area-"
                        + scenario.area.toLowerCase().replace(' ', '-') + "_by-school.csv\""));
        List<String> lines = csv.extract().asString().lines().toList();
        assertEquals(4, lines.size()); // header, All, school A, school B
        assertEquals("School,\"Referrals received\",\"Discussed at triage\",Accepted,Allocated,"
                + "\"Signposted (alternative support plan)\",Declined,Escalated,Withdrawn,"
                + "\"Children supported including siblings\",\"Accepted as a share of discussed (%)\","
                + "\"Signposted as a share of discussed (%)\"", lines.get(0));
        assertEquals("All,7,6,\"fewer than 5\",\"fewer than 5\",\"fewer than 5\",\"fewer than 5\",0,\"fewer than 5\",7,66.7,16.7",
                lines.get(1));
        for (int row = 0; row < 2; row++) {
            List<Map<String, Object>> figures = json.getList("rows[" + row + "].figures");
            String[] cells = lines.get(row + 2).split(",");
            assertEquals(json.getString("rows[" + row + "].label"), cells[0].replace("\"", ""));
            for (int i = 0; i < figures.size(); i++) {
                Map<String, Object> f = figures.get(i);
                String expected = (Boolean) f.get("suppressed") ? "\"fewer than 5\"" : String.valueOf(f.get("value"));
                assertEquals(expected, cells[i + 1].replace(".0", ""), "column " + f.get("measure"));
            }
        }
    }

    @Test
    void everyFigureDrillsDownToTheRecordsItCounts() {
        JsonPath funnel = report("funnel", AUTUMN + "&by=school").extract().jsonPath();
        String accepted = figure(funnel, "total", "accepted").get("records").toString();
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get(accepted).then().statusCode(200)
                .body("label", equalTo("Accepted"))
                .body("records.referralId", contains(referrals.get("R1"), referrals.get("R4"), referrals.get("R7"),
                        referrals.get("R8")));
        String acceptedAtA = figure(funnel, "rows[0]", "accepted").get("records").toString();
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get(acceptedAtA).then().statusCode(200)
                .body("group", equalTo(scenario.schoolA)).body("records.on", contains("2019-09-06", "2019-11-15"));
        String signposted = figure(funnel, "total", "signposted").get("records").toString();
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get(signposted).then()
                .body("records.referralId", contains(referrals.get("R2"))).body("records[0].caseId", nullValue());

        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get(signposted).then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get("/api/v1/referrals/" + referrals.get("R2")).then()
                .statusCode(404); // the records themselves stay behind their own rules
    }

    @Test
    void aReferralsYearGroupIsCheckedOnTheDayItWasSent() {
        // Year 4 on 2 September 2019 for a child born in May 2011; it would be Year 11 today.
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/referrals/" + referrals.get("R2")).then()
                .statusCode(200).body("child.yearGroup", equalTo(4)).body("warnings", empty());
    }

    @Test
    void badRequestsAreProblems() {
        report("funnel", "from=2019-12-31&to=2019-09-01").statusCode(400).body("errors[0].field", equalTo("to"));
        report("funnel", "from=2019-09-01&to=2019-12-31&by=week").statusCode(400);
        report("funnel", "from=yesterday&to=2019-12-31").statusCode(400).body("errors[0].field", equalTo("from"));
        report("funnel", "from=2010-01-01&to=2019-12-31").statusCode(400);
        report("no-such-report", AUTUMN).statusCode(404);
        given().auth().oauth2(KeycloakTokens.forUser("senior1")).get("/api/v1/reports/funnel?" + AUTUMN + "&areaId="
                + java.util.UUID.randomUUID()).then().statusCode(400).body("errors[0].field", equalTo("areaId"));
        given().auth().oauth2(KeycloakTokens.forUser("senior1"))
                .get("/api/v1/reports/funnel/records?measure=nothing&" + AUTUMN).then().statusCode(400);
        given().auth().oauth2(KeycloakTokens.forUser("practitioner1")).get("/api/v1/reports/funnel?" + AUTUMN)
                .then().statusCode(403);
        given().get("/api/v1/reports/funnel?" + AUTUMN).then().statusCode(401);
    }

    /**
     * The whole service's funnel adds up the days' counts kept by triggers (`report_day`); by area, it counts the
     * records. Over a year with a history of its own (sent back and resubmitted with more siblings, withdrawals), the
     * areas' figures add up to the service's.
     */
    @Test
    void theServiceWideFunnelFromDailyCountsAgreesWithEveryAreasRecords() {
        sentBackAndWithdrawn("2021");
        String year = "/api/v1/reports/funnel?from=2021-01-01&to=2021-12-31";
        JsonPath service = given().auth().oauth2(KeycloakTokens.forUser("senior1")).get(year).then().statusCode(200)
                .extract().jsonPath();
        JsonPath byArea = given().auth().oauth2(KeycloakTokens.forUser("senior1")).get(year + "&by=area").then()
                .statusCode(200).extract().jsonPath();
        List<String> added = List.of("received", "discussed", "accepted", "allocated", "signposted", "declined", "escalated",
                "withdrawn", "childrenSupported");
        Map<String, Integer> areasAdded = new LinkedHashMap<>();
        for (int row = 0; row < byArea.getList("rows").size(); row++) {
            counts(byArea, "rows[" + row + "]", added).forEach((measure, n) -> areasAdded.merge(measure, n, Integer::sum));
        }
        assertEquals(areasAdded, counts(service, "total", added));
        assertTrue(areasAdded.get("childrenSupported") >= 4, areasAdded.toString()); // this test's own history at least
        float accepted = 0;
        int discussed = 0;
        for (int row = 0; row < byArea.getList("rows").size(); row++) {
            Map<String, Object> share = figure(byArea, "rows[" + row + "]", "acceptedShare");
            int base = ((Number) share.get("base")).intValue();
            accepted += base == 0 ? 0 : ((Number) share.get("value")).floatValue() * base;
            discussed += base;
        }
        assertEquals(discussed, ((Number) figure(service, "total", "acceptedShare").get("base")).intValue());
        assertEquals(accepted / discussed, value(service, "total", "acceptedShare"), 0.1f);
    }

    /**
     * In an area of its own, January of `year`: R1 (1 sibling) sent back for information on the 10th, resubmitted
     * naming 3 siblings on the 13th, accepted on the 24th; R2 submitted and withdrawn; R3 withdrawn while a draft.
     */
    private ReportScenario sentBackAndWithdrawn(String year) {
        ReportScenario later = new ReportScenario(clocks);
        try {
            String r1 = later.submitted(later.schoolA, year + "-01-06", 1);
            later.meeting(year + "-01-10", Map.of(r1, "REQUEST_INFO"));
            later.resubmitted(r1, later.schoolA, year + "-01-13", 3);
            later.meeting(year + "-01-24", Map.of(r1, "ACCEPT"));
            later.withdrawn(later.submitted(later.schoolB, year + "-01-07", 0), year + "-01-08");
            later.withdrawn(later.draft(later.schoolB, year + "-01-07", 0), year + "-01-08");
        } finally {
            clocks.reset();
        }
        return later;
    }

    private static ValidatableResponse report(String name, String query) {
        return report(scenario, name, query);
    }

    private static ValidatableResponse report(ReportScenario in, String name, String query) {
        return given().auth().oauth2(KeycloakTokens.forUser("senior1"))
                .get("/api/v1/reports/" + name + "?" + query + "&areaId=" + in.areaId).then();
    }

    private static Map<String, Object> figure(JsonPath report, String row, String measure) {
        List<Map<String, Object>> figures = report.getList(row + ".figures");
        return figures.stream().filter(f -> measure.equals(f.get("measure"))).findFirst().orElseThrow();
    }

    private static float value(JsonPath report, String row, String measure) {
        return ((Number) figure(report, row, measure).get("value")).floatValue();
    }

    private static Map<String, Integer> counts(JsonPath report, String row, List<String> measures) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        measures.forEach(m -> counts.put(m, ((Number) figure(report, row, m).get("value")).intValue()));
        return counts;
    }
}
