package org.teamaround.security.matrix;

import static org.teamaround.security.matrix.Recipes.fixed;
import static org.teamaround.security.matrix.Recipes.op;

import java.util.Map;
import java.util.function.Function;

/** Recipes for the work on one case: its record, assessment, plan, reviews, closure and the partners invited to it. */
final class CaseRecipes {

    private static final String CASES = "/api/v1/cases/";

    private CaseRecipes() {}

    static Map<String, Recipe> all() {
        return Map.ofEntries(
                op("saveAssessment", (world, caller) -> save(world, caller, "assessment", Bodies::assessment)),
                op("getAssessment", (world, caller) -> Call.to(CASES + world.assessedCase(caller) + "/assessment")),
                op("completeAssessment", CaseRecipes::completeAssessment),
                op("listAssessmentVersions", (world, caller) -> Call.to(CASES + world.assessedCase(caller)
                        + "/assessment/versions")),
                op("savePlan", (world, caller) -> save(world, caller, "plan", Bodies::plan)),
                op("getPlan", (world, caller) -> Call.to(CASES + world.plannedCase(caller) + "/plan")),
                op("listPlanVersions", (world, caller) -> Call.to(CASES + world.plannedCase(caller)
                        + "/plan/versions")),
                op("recordContact", (world, caller) -> onCase(world, caller, "/contacts").withBody(Bodies.contact())),
                op("listContacts", (world, caller) -> onCase(world, caller, "/contacts")),
                op("recordReview", (world, caller) -> onCase(world, caller, "/reviews")
                        .withBody(Bodies.review("CONTINUE"))),
                op("listCaseReviews", (world, caller) -> onCase(world, caller, "/reviews")),
                op("listCaseAudits", (world, caller) -> onCase(world, caller, "/audits")),
                op("listCaseGroups", (world, caller) -> onCase(world, caller, "/groups")),
                op("getCaseHistory", (world, caller) -> onCase(world, caller, "/history")),
                op("closeCase", (world, caller) -> onCase(world, caller, "/close").withBody(Bodies.closure())),
                op("getClosure", (world, caller) -> Call.to(CASES + world.closedCase() + "/closure")),
                op("listClosures", (world, caller) -> Call.to(CASES + world.closedCase() + "/closures")),
                op("reopenCase", (world, caller) -> Call.to(CASES + world.closedCase() + "/reopen")
                        .withBody(Map.of("reason", "The family asked for help again"))),
                op("invitePartner", (world, caller) -> onCase(world, caller, "/invitations")
                        .withBody(Bodies.invitation(world.userId("partner1")))),
                op("listInvitations", (world, caller) -> onCase(world, caller, "/invitations")),
                op("endInvitation", (world, caller) -> Call.to(CASES + world.mainCase() + "/invitations/"
                        + world.mainInvitation() + "/end")),
                fixed("listInvitedCases", "/api/v1/invited-cases"),
                op("addContribution", (world, caller) -> onCase(world, caller, "/contributions")
                        .withBody(Map.of("text", "Seen at CAMHS; on the waiting list for CBT"))),
                op("listContributions", (world, caller) -> onCase(world, caller, "/contributions")));
    }

    /** A path under the case the caller is asked about. */
    private static Call onCase(World world, Caller caller, String tail) {
        return Call.to(CASES + world.caseFor(caller) + tail);
    }

    /** Saves the case's assessment or plan over the version there is (none before the first save). */
    private static Call save(World world, Caller caller, String record, Function<Long, Map<String, Object>> body) {
        String caseId = world.caseFor(caller);
        return Call.to(CASES + caseId + "/" + record).withBody(body.apply(world.versionOf(caseId, record)));
    }

    private static Call completeAssessment(World world, Caller caller) {
        String caseId = world.assessedCase(caller);
        return Call.to(CASES + caseId + "/assessment/complete")
                .withBody(Map.of("version", world.versionOf(caseId, "assessment")));
    }
}
