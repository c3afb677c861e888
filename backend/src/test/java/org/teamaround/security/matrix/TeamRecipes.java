package org.teamaround.security.matrix;

import static org.teamaround.security.matrix.Recipes.fixed;
import static org.teamaround.security.matrix.Recipes.op;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Recipes for the work across cases: groups, case audits, due reviews and extensions, and the lists a plan uses. */
final class TeamRecipes {

    private static final String GROUPS = "/api/v1/groups";
    private static final String CYCLES = "/api/v1/audit-cycles";

    private TeamRecipes() {}

    static Map<String, Recipe> all() {
        return Map.ofEntries(
                fixed("listGroups", GROUPS),
                op("createGroup", (world, caller) -> Call.to(GROUPS)
                        .withBody(Bodies.group(world.areaId(World.OWN_AREA)))),
                op("getGroup", (world, caller) -> Call.to(GROUPS + "/" + world.group())),
                op("addGroupMember", (world, caller) -> Call.to(GROUPS + "/" + world.group() + "/members")
                        .withBody(Map.of("caseId", world.caseFor(caller)))),
                op("recordGroupSession", (world, caller) -> Call.to(GROUPS + "/" + world.group() + "/sessions")
                        .withBody(Map.of("heldOn", LocalDate.now().toString(), "topic", "Routines at bedtime",
                                "attended", List.of()))),
                op("startAuditCycle", TeamRecipes::startAuditCycle),
                fixed("listAuditCycles", CYCLES),
                op("getAuditCycle", (world, caller) -> Call.to(CYCLES + "/" + world.auditCycle())),
                op("gradeCaseAudit", (world, caller) -> Call.to("/api/v1/case-audits/" + world.caseAudit())
                        .withBody(Map.of("grade", "GOOD", "findings", "Plan reviewed on time",
                                "actions", "Record the child's views", "version", world.caseAuditVersion()))),
                op("listDueReviews", (world, caller) -> Call.to("/api/v1/reviews")
                        .withQuery(Map.of("due", "overdue"))),
                op("decideExtension", (world, caller) -> Call.to("/api/v1/reviews/" + world.extensionReview()
                        + "/extension").withBody(Map.of("agreed", true, "note", "Four more weeks of support"))),
                fixed("listInterventions", "/api/v1/interventions"),
                fixed("listOutcomeScales", "/api/v1/outcome-scales"));
    }

    /** A cycle samples open cases (409 when there is none), so the main case is opened first. */
    private static Call startAuditCycle(World world, Caller caller) {
        world.mainCase();
        return Call.to(CYCLES).withBody(Map.of("sampleSize", 1));
    }
}
