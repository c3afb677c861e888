package org.teamaround.security.matrix;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.retention.RetentionReview;

/**
 * The records the matrix's cells ask about, each made through the API by the user who would make it the first time a
 * recipe needs it: a fresh World makes nothing until asked, so a write cell's World holds only what that cell uses.
 */
public final class World {

    static final String OWN_SCHOOL = "100001";
    static final String OWN_AREA = "Pontefract";
    /**
     * The practitioner the cases are allocated to: practitioner3, whom no other suite uses, so that the matrix's many
     * cases fill no caseload another suite counts on.
     */
    static final String PRACTITIONER = "practitioner3";
    private static final String REFERRALS = "/api/v1/referrals";
    private static final String CASES = "/api/v1/cases/";

    private final Map<String, Object> made = new HashMap<>();

    /** The record under this name, made now unless this World made it already. */
    @SuppressWarnings("unchecked")
    private <T> T once(String name, Supplier<T> make) {
        Object record = made.get(name);
        if (record == null) {
            record = make.get();
            made.put(name, record);
        }
        return (T) record;
    }

    /** A demo user's Keycloak id, as the API names practitioners and partners. */
    String userId(String username) {
        return once("user " + username, () -> Api.as(username).get("/api/v1/me").then().statusCode(200)
                .extract().path("id"));
    }

    // Referrals and the panel

    /** A complete, unsubmitted referral the caller may change: the partner system's own, else senco1's. */
    String draftReferral(Caller caller) {
        return caller == Caller.PARTNER_API
                ? once("partner system's draft", () -> Api.created(Api.asPartnerSystem(), REFERRALS,
                        Bodies.referral(OWN_SCHOOL)))
                : once("draft", World::draft);
    }

    /** A referral of senco1's school waiting for the panel. */
    String submittedReferral() {
        return once("submitted referral", World::submitted);
    }

    /** A referral the panel accepted, waiting for allocation. */
    String acceptedReferral() {
        return once("accepted referral", () -> {
            String referral = submitted();
            Api.done(Api.as("senior1"), "/api/v1/triage/meetings/" + triageMeeting(Caller.SENIOR) + "/decisions",
                    Bodies.acceptance(referral), 201);
            return referral;
        });
    }

    /** The referral behind the case the caller is asked about. */
    String referralOfCase(Caller caller) {
        String caseId = caseFor(caller);
        return once("referral of " + caseId, () -> Api.as("senior1").get(CASES + caseId).then().statusCode(200)
                .extract().path("referralId"));
    }

    /** Today's panel of senco1's area, attended by partner1 except for the partner asked as not invited. */
    String triageMeeting(Caller caller) {
        return caller == Caller.PARTNER_NOT_INVITED
                ? once("meeting without partner1", () -> meeting(List.of()))
                : once("meeting with partner1", () -> meeting(List.of(Map.of("name", "Chris Green",
                        "agency", "CAMHS", "userId", userId("partner1")))));
    }

    private static String draft() {
        return Api.created(Api.as("senco1"), REFERRALS, Bodies.referral(OWN_SCHOOL));
    }

    private static String submitted() {
        String referral = draft();
        Api.done(Api.as("senco1"), REFERRALS + "/" + referral + "/submit", null, 200);
        return referral;
    }

    private static String meeting(List<Map<String, Object>> attendees) {
        return Api.created(Api.as("senior1"), "/api/v1/triage/meetings", Bodies.meeting(OWN_AREA, attendees));
    }

    // Cases

    /**
     * The case the caller is asked about: for the partner never invited, a case of the allocated practitioner's without any
     * invitation; for the partner whose invitation ended, one whose invitation of partner1 was ended; for everyone
     * else the main case, ACTIVE with the allocated practitioner and partner1 invited from today for four weeks.
     */
    String caseFor(Caller caller) {
        return switch (caller) {
            case PARTNER_NOT_INVITED -> once("case without invitation", World::allocated);
            case PARTNER_INVITATION_ENDED -> once("case with an ended invitation", () -> {
                String caseId = allocated();
                endInvitation(caseId, invite(caseId));
                return caseId;
            });
            default -> mainCase();
        };
    }

    /** The main case (see {@link #caseFor}). */
    String mainCase() {
        mainInvitation();
        return activeCase();
    }

    /** partner1's current invitation to the main case. */
    String mainInvitation() {
        return once("main invitation", () -> invite(activeCase()));
    }

    /** A case of the allocated practitioner's that the practitioner closed (the family disengaged). */
    String closedCase() {
        return once("closed case", () -> {
            String caseId = allocated();
            Api.done(Api.as(PRACTITIONER), CASES + caseId + "/close", Bodies.closure(), 200);
            return caseId;
        });
    }

    /** The caller's case with a draft assessment whose every section is written, so that it can be completed. */
    String assessedCase(Caller caller) {
        return savedOn(caller, "assessment", Bodies.assessment(null));
    }

    /** The caller's case with a support plan. */
    String plannedCase(Caller caller) {
        return savedOn(caller, "plan", Bodies.plan(null));
    }

    /** The caller's case once the allocated practitioner saved its first assessment or plan ("assessment", "plan"). */
    private String savedOn(Caller caller, String record, Map<String, Object> firstSave) {
        String caseId = caseFor(caller);
        return once(record + " of " + caseId, () -> {
            Api.as(PRACTITIONER).body(firstSave).put(CASES + caseId + "/" + record).then().statusCode(200);
            return caseId;
        });
    }

    /** The version of the case's assessment or plan ("assessment", "plan"), none before the first save. */
    Long versionOf(String caseId, String record) {
        var answer = Api.as("senior1").get(CASES + caseId + "/" + record).then().extract();
        return answer.statusCode() == 404 ? null : answer.<Number>path("version").longValue();
    }

    /** A review of the main case by the allocated practitioner asking to extend the support: it waits for a senior. */
    String extensionReview() {
        return once("extension review", () -> Api.created(Api.as(PRACTITIONER),
                CASES + mainCase() + "/reviews", Bodies.review("EXTEND")));
    }

    /** An ACTIVE case: allocated, then a first contact with the family. */
    private String activeCase() {
        return once("active case", () -> {
            String caseId = allocated();
            Api.done(Api.as(PRACTITIONER), CASES + caseId + "/contacts", Bodies.contact(), 201);
            return caseId;
        });
    }

    private String invite(String caseId) {
        return Api.created(Api.as(PRACTITIONER), CASES + caseId + "/invitations",
                Bodies.invitation(userId("partner1")));
    }

    private static void endInvitation(String caseId, String invitationId) {
        Api.done(Api.as(PRACTITIONER), CASES + caseId + "/invitations/" + invitationId + "/end", null, 200);
    }

    /** A case of the allocated practitioner's from a referral of senco1's school, accepted by the panel and allocated by senior1. */
    private static String allocated() {
        return CaseFixtures.allocatedTo(PRACTITIONER);
    }

    // The service's team, areas and schools

    String areaId(String name) {
        return once("area id " + name, () -> Api.as("admin1").get("/api/v1/areas/" + name).then().statusCode(200)
                .extract().path("id"));
    }

    /** A parents' group of senco1's area, run by the allocated practitioner, with no members yet. */
    String group() {
        return once("group", () -> Api.created(Api.as(PRACTITIONER), "/api/v1/groups",
                Bodies.group(areaId(OWN_AREA))));
    }

    /** An audit cycle of one sampled case, started by senior1 once the main case is open. */
    String auditCycle() {
        return once("audit cycle", () -> {
            mainCase();
            return Api.created(Api.as("senior1"), "/api/v1/audit-cycles", Map.of("sampleSize", 1));
        });
    }

    /** The sampled case's audit in the audit cycle. */
    String caseAudit() {
        return once("case audit", () -> Api.as("senior1").get("/api/v1/audit-cycles/" + auditCycle()).then()
                .statusCode(200).extract().path("audits[0].id"));
    }

    long caseAuditVersion() {
        return Api.as("senior1").get("/api/v1/audit-cycles/" + auditCycle()).then().statusCode(200).extract()
                .<Number>path("audits.find { it.id == '" + caseAudit() + "' }.version").longValue();
    }

    /**
     * A withdrawn referral of senco1's school marked due for erasure today: what the nightly sweep would mark once the
     * child is 25, written as the sweep writes it rather than moving the service's clock under the other cells.
     */
    String retentionReview() {
        return once("retention review", () -> {
            String referral = draft();
            Api.done(Api.as("senco1"), REFERRALS + "/" + referral + "/withdraw", Map.of("reason", "Moved away"), 200);
            RetentionReview review = new RetentionReview();
            review.id = UUID.randomUUID();
            review.referralId = UUID.fromString(referral);
            review.state = RetentionReview.State.DUE;
            review.dueOn = LocalDate.now();
            review.markedAt = Instant.now();
            QuarkusTransaction.requiringNew().run(review::persist);
            return review.id.toString();
        });
    }

    /** An area admin1 added for the matrix, so that changing it leaves the demo areas alone. */
    String area() {
        return once("area", () -> {
            String name = "Matrix-" + System.nanoTime();
            Api.done(Api.as("admin1"), "/api/v1/areas", Bodies.area(name), 201);
            return name;
        });
    }

    /** A school admin1 added to the matrix's area. */
    String school() {
        return once("school", () -> {
            String urn = freshUrn();
            Api.done(Api.as("admin1"), "/api/v1/schools", Bodies.school(urn, area()), 201);
            return urn;
        });
    }

    /** A URN no school has yet (9xxxxx). */
    static String freshUrn() {
        while (true) {
            String urn = String.valueOf(ThreadLocalRandom.current().nextInt(900_000, 1_000_000));
            if (Api.as("admin1").get("/api/v1/schools/" + urn).statusCode() == 404) {
                return urn;
            }
        }
    }
}
