package org.teamaround.security.matrix;

import static org.teamaround.security.matrix.Recipes.fixed;
import static org.teamaround.security.matrix.Recipes.op;

import java.util.List;
import java.util.Map;

/**
 * Recipes for the way into the service: referrals, the triage panel, allocation and the cases it opens, and the
 * family's whole record they make.
 */
final class ReferralRecipes {

    private static final String REFERRALS = "/api/v1/referrals";
    private static final String MEETINGS = "/api/v1/triage/meetings";

    private ReferralRecipes() {}

    static Map<String, Recipe> all() {
        return Map.ofEntries(
                op("createReferral", (world, caller) -> Call.to(REFERRALS)
                        .withBody(Bodies.referral(schoolOf(caller)))),
                fixed("listReferrals", REFERRALS),
                op("getReferral", (world, caller) -> Call.to(REFERRALS + "/" + referralAskedAbout(world, caller))),
                op("updateReferral", ReferralRecipes::updateReferral),
                op("submitReferral", (world, caller) -> Call.to(draft(world, caller) + "/submit")),
                op("withdrawReferral", (world, caller) -> Call.to(draft(world, caller) + "/withdraw")
                        .withBody(Map.of("reason", "The family moved away"))),
                fixed("listNeedTags", "/api/v1/need-tags"),
                fixed("listTriageMeetings", MEETINGS),
                op("createTriageMeeting", (world, caller) -> Call.to(MEETINGS)
                        .withBody(Bodies.meeting(World.OWN_AREA, List.of()))),
                op("getTriageMeeting", (world, caller) -> Call.to(MEETINGS + "/" + world.triageMeeting(caller))),
                op("recordTriageDecision", (world, caller) -> Call.to(MEETINGS + "/" + world.triageMeeting(caller)
                        + "/decisions").withBody(Bodies.acceptance(world.submittedReferral()))),
                fixed("listPartners", "/api/v1/partners"),
                fixed("listServices", "/api/v1/services"),
                op("allocate", (world, caller) -> Call.to("/api/v1/allocations")
                        .withBody(Bodies.allocation(world.acceptedReferral(), world.userId(World.PRACTITIONER)))),
                fixed("getAllocationQueue", "/api/v1/allocations/queue"),
                fixed("listPractitioners", "/api/v1/practitioners"),
                op("updatePractitioner", ReferralRecipes::updatePractitioner),
                fixed("listCases", "/api/v1/cases"),
                op("getCase", (world, caller) -> Call.to("/api/v1/cases/" + world.caseFor(caller))),
                op("exportFamilyRecord", (world, caller) -> Call.to("/api/v1/families/" + world.referralOfCase(caller)
                        + "/export")));
    }

    /** A referrer refers from their own school; anyone else (the partner system) for senco1's. */
    private static String schoolOf(Caller caller) {
        return caller == Caller.REFERRER_OTHER_SCHOOL ? "100002" : World.OWN_SCHOOL;
    }

    /** The partner system sees only the referrals it sent, so it is asked about its own; others about the main case's. */
    private static String referralAskedAbout(World world, Caller caller) {
        return caller == Caller.PARTNER_API ? world.draftReferral(caller) : world.referralOfCase(caller);
    }

    private static String draft(World world, Caller caller) {
        return REFERRALS + "/" + world.draftReferral(caller);
    }

    /** The whole referral again with the version read (a senior reads every referral). */
    private static Call updateReferral(World world, Caller caller) {
        String path = draft(world, caller);
        return Call.to(path).withBody(Bodies.with(Bodies.referral(World.OWN_SCHOOL), "version",
                Api.version("senior1", path)));
    }

    /** practitioner1's settings sent back as admin1 reads them: a valid change that changes nothing for other suites. */
    private static Call updatePractitioner(World world, Caller caller) {
        String id = world.userId("practitioner1");
        Map<String, Object> now = Api.as("admin1").get("/api/v1/practitioners").then().statusCode(200).extract()
                .path("find { it.id == '" + id + "' }");
        return Call.to("/api/v1/practitioners/" + id).withBody(Bodies.with(
                Map.of("capacity", now.get("capacity"), "version", now.get("version")), "area", now.get("area")));
    }
}
