package org.teamaround.security.matrix;

import static org.teamaround.security.matrix.Recipes.fixed;
import static org.teamaround.security.matrix.Recipes.op;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Recipes for the service as a whole: areas, schools, configuration, the demo clock, the caller, the audit trail,
 * the reports and retention.
 */
final class ServiceRecipes {

    private static final String AREAS = "/api/v1/areas";
    private static final String SCHOOLS = "/api/v1/schools";
    private static final String RULES = "/api/v1/eligibility-rules";
    private static final String CLOCK = "/api/v1/demo/clock";
    private static final String FUNNEL = "/api/v1/reports/funnel";
    private static final String RETENTION = "/api/v1/retention/";

    private ServiceRecipes() {}

    static Map<String, Recipe> all() {
        return Map.ofEntries(
                fixed("listAreas", AREAS),
                op("createArea", (world, caller) -> Call.to(AREAS)
                        .withBody(Bodies.area("Matrix-" + System.nanoTime()))),
                op("updateArea", ServiceRecipes::updateArea),
                fixed("getArea", AREAS + "/" + World.OWN_AREA),
                op("nextAreaMeetings", (world, caller) -> Call.to(AREAS + "/" + World.OWN_AREA + "/next-meetings")
                        .withQuery(Map.of("count", 3))),
                fixed("listSchools", SCHOOLS),
                op("createSchool", (world, caller) -> Call.to(SCHOOLS)
                        .withBody(Bodies.school(World.freshUrn(), world.area()))),
                op("importSchools", (world, caller) -> Call.to(SCHOOLS + "/import")
                        .withCsv(Bodies.schoolsCsv(World.freshUrn(), world.area()))),
                op("updateSchool", ServiceRecipes::updateSchool),
                fixed("getSchool", SCHOOLS + "/" + World.OWN_SCHOOL),
                fixed("listConfigChanges", "/api/v1/config-changes"),
                fixed("listEligibilityRules", RULES),
                op("updateEligibilityRule", ServiceRecipes::updateEligibilityRule),
                fixed("getDemoClock", CLOCK),
                op("moveDemoClock", (world, caller) -> Call.to(CLOCK)
                        .withBody(Map.of("at", Instant.now().toString()))),
                fixed("resetDemoClock", CLOCK),
                fixed("getMe", "/api/v1/me"),
                fixed("searchAudit", "/api/v1/audit"),
                op("getReport", (world, caller) -> Call.to(FUNNEL).withQuery(lastWeek())),
                op("listReportRecords", (world, caller) -> Call.to(FUNNEL + "/records")
                        .withQuery(Bodies.with(lastWeek(), "measure", "received"))),
                fixed("listRetentionReviews", RETENTION + "reviews"),
                fixed("sweepRetention", RETENTION + "sweeps"),
                op("eraseFamilyRecord", (world, caller) -> Call.to(RETENTION + "reviews/" + world.retentionReview()
                        + "/erasure").withBody(Map.of("version", 0))),
                op("holdFamilyRecord", (world, caller) -> Call.to(RETENTION + "reviews/" + world.retentionReview()
                        + "/hold").withBody(Map.of("version", 0, "reason", "Court proceedings",
                        "keepUntil", LocalDate.now().plusYears(1).toString()))));
    }

    /** A new cadence for the matrix's own area, over the version admin1 reads. */
    private static Call updateArea(World world, Caller caller) {
        String path = AREAS + "/" + world.area();
        return Call.to(path).withBody(Map.of("triageCadence", Bodies.cadence(4, "MONDAY"),
                "version", Api.version("admin1", path)));
    }

    /** The matrix's own school sent whole again, over the version admin1 reads. */
    private static Call updateSchool(World world, Caller caller) {
        String urn = world.school();
        String path = SCHOOLS + "/" + urn;
        return Call.to(path).withBody(Bodies.with(Bodies.school(urn, world.area()), "version",
                Api.version("admin1", path)));
    }

    /** A rule sent back as admin1 reads it: a valid change that leaves the triage suites' rules as they are. */
    private static Call updateEligibilityRule(World world, Caller caller) {
        Map<String, Object> rule = Api.as("admin1").get(RULES).then().statusCode(200).extract()
                .path("find { it.code == 'SEMH_NEED' }");
        return Call.to(RULES + "/SEMH_NEED")
                .withBody(Map.of("enabled", rule.get("enabled"), "version", rule.get("version")));
    }

    private static Map<String, Object> lastWeek() {
        LocalDate today = LocalDate.now();
        return Map.of("from", today.minusDays(7).toString(), "to", today.toString());
    }
}
