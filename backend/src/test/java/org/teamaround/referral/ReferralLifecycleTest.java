package org.teamaround.referral;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.teamaround.referral.ReferralFixtures.complete;
import static org.teamaround.referral.ReferralFixtures.draft;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A referral's journey from draft to submitted or withdrawn, and the moves that are refused. */
@QuarkusTest
class ReferralLifecycleTest {

    private static final String SENCO = "senco1";
    private static final String SCHOOL = "100001";

    @Test
    void completeReferralIsSubmittedWithItsHistory() {
        String id = ReferralApi.created(SENCO, complete(SCHOOL));
        ReferralApi.submit(SENCO, id).statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .body("history.toState", equalTo(List.of("DRAFT", "SUBMITTED")))
                .body("history[1].fromState", equalTo("DRAFT"))
                .body("history[1].byName", equalTo("Sarah Cole"))
                .body("allowedActions", equalTo(List.of("WITHDRAW")));
    }

    @Test
    void submitWithoutConsentIsRefusedListingWhatIsMissing() {
        Map<String, Object> body = complete(SCHOOL);
        body.remove("consent");
        String id = ReferralApi.created(SENCO, body);
        ReferralApi.submit(SENCO, id).statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("consent.givenBy", "consent.givenOn", "consent.method",
                        "consent.informationSharing"));
        ReferralApi.get(SENCO, id).body("state", equalTo("DRAFT"));
    }

    @Test
    void submitOfABareDraftListsEveryMissingSection() {
        String id = ReferralApi.created(SENCO, Map.of("schoolUrn", SCHOOL));
        ReferralApi.submit(SENCO, id).statusCode(422)
                .body("errors.field", hasItems("child.firstName", "carers", "needs.description", "schoolActions",
                        "knownTo.earlyHelp", "consent.givenBy"));
    }

    @Test
    void submittingTwiceIsAConflictNamingTheStateAndWhatIsAllowed() {
        String id = ReferralApi.created(SENCO, complete(SCHOOL));
        ReferralApi.submit(SENCO, id).statusCode(200);
        ReferralApi.submit(SENCO, id).statusCode(409)
                .body("currentState", equalTo("SUBMITTED"))
                .body("allowedActions", equalTo(List.of("WITHDRAW")));
    }

    @Test
    void submittedReferralCanNoLongerBeEdited() {
        String id = ReferralApi.created(SENCO, complete(SCHOOL));
        ReferralApi.submit(SENCO, id).statusCode(200);
        Map<String, Object> body = complete(SCHOOL);
        body.put("version", ReferralApi.version(SENCO, id));
        ReferralApi.update(SENCO, id, body).statusCode(409).body("currentState", equalTo("SUBMITTED"));
    }

    @Test
    void draftIsEditedWithItsVersionAndAStaleVersionIsRefused() {
        String id = ReferralApi.created(SENCO, draft(SCHOOL));
        Map<String, Object> body = complete(SCHOOL);
        body.put("version", 0);
        ReferralApi.update(SENCO, id, body).statusCode(200)
                .body("version", equalTo(1))
                .body("carers[0].name", equalTo("Jo Example"))
                .body("needs.tags", containsInAnyOrder("ANXIETY", "SCHOOL_AVOIDANCE"));
        ReferralApi.update(SENCO, id, body).statusCode(409).body("currentVersion", equalTo(1));
        body.remove("version");
        ReferralApi.update(SENCO, id, body).statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void referrerWithdrawsBeforeTriageAndNotAfterwards() {
        String draft = ReferralApi.created(SENCO, draft(SCHOOL));
        ReferralApi.withdraw(SENCO, draft, "Family moved away").statusCode(200)
                .body("state", equalTo("WITHDRAWN"))
                .body("history[1].reason", equalTo("Family moved away"))
                .body("allowedActions", equalTo(List.of()));
        ReferralApi.withdraw(SENCO, draft, "again").statusCode(409).body("currentState", equalTo("WITHDRAWN"));

        String submitted = ReferralApi.created(SENCO, complete(SCHOOL));
        ReferralApi.submit(SENCO, submitted).statusCode(200);
        ReferralApi.withdraw(SENCO, submitted, "Needs met by school").statusCode(200).body("state", equalTo("WITHDRAWN"));
    }

    @Test
    void withdrawNeedsAReason() {
        String id = ReferralApi.created(SENCO, draft(SCHOOL));
        ReferralApi.withdraw(SENCO, id, " ").statusCode(400).body("errors[0].field", equalTo("reason"));
    }

    @Test
    void safeguardingConcernAnswersWithTheNoticeAndAlertsSeniors() {
        Map<String, Object> body = complete(SCHOOL);
        body.put("safeguardingConcern", true);
        String id = ReferralApi.create(SENCO, body).statusCode(201)
                .body("notices[0]", org.hamcrest.Matchers.containsString("social care duty team"))
                .body("safeguardingNeedsAttention", equalTo(true))
                .extract().path("id");
        ReferralApi.submit(SENCO, id).statusCode(200).body("notices.size()", equalTo(1));
        String reference = ReferralApi.get(SENCO, id).extract().path("reference");
        ReferralApi.list("senior1", Map.of("q", reference)).statusCode(200)
                .body("items[0].safeguardingNeedsAttention", equalTo(true));
    }

    @Test
    void listFiltersByStateAndNameNewestFirst() {
        Map<String, Object> first = complete(SCHOOL);
        String lastName = (String) ReferralFixtures.child(first).get("lastName");
        String older = ReferralApi.created(SENCO, first);
        Map<String, Object> second = complete(SCHOOL);
        ReferralFixtures.child(second).put("lastName", lastName);
        String newer = ReferralApi.created(SENCO, second);
        ReferralApi.submit(SENCO, newer).statusCode(200);

        ReferralApi.list(SENCO, Map.of("q", lastName.toLowerCase())).statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", equalTo(List.of(newer, older)));
        ReferralApi.list(SENCO, Map.of("q", lastName, "state", "SUBMITTED")).body("items.id", equalTo(List.of(newer)));
        ReferralApi.list(SENCO, Map.of("q", lastName, "size", 1, "page", 1)).body("items.id", equalTo(List.of(older)))
                .body("page", equalTo(1)).body("size", equalTo(1));
        ReferralApi.list(SENCO, Map.of("size", 201)).statusCode(400).body("errors[0].field", equalTo("size"));
        ReferralApi.list(SENCO, Map.of("needTag", "ANXIETY", "q", lastName)).body("total", equalTo(2));
        ReferralApi.list(SENCO, Map.of("area", "Castleford", "q", lastName)).body("total", equalTo(0));
        ReferralApi.list(SENCO, Map.of("state", "NONSENSE")).statusCode(400).body("errors[0].field", equalTo("state"));
        ReferralApi.list(SENCO, Map.of("from", "2026-13-45")).statusCode(400).body("errors[0].field", equalTo("from"));
        ReferralApi.list(SENCO, Map.of()).body("items.schoolUrn", org.hamcrest.Matchers.everyItem(equalTo(SCHOOL)))
                .body("items.id", hasItem(newer));
    }
}
