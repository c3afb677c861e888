package org.teamaround.referral;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teamaround.referral.ReferralFixtures.child;
import static org.teamaround.referral.ReferralFixtures.complete;
import static org.teamaround.referral.ReferralFixtures.draft;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bad field is a 400 naming it, and nothing is saved; doubtful ones are warnings. */
@QuarkusTest
class ReferralValidationTest {

    private static final String SENCO = "senco1";
    private static final String SCHOOL = "100001";

    @Test
    void draftMayBeIncompleteAndGetsAReference() {
        ReferralApi.create(SENCO, Map.of("schoolUrn", SCHOOL)).statusCode(201)
                .header("Location", startsWith("http"))
                .body("state", equalTo("DRAFT"))
                .body("reference", org.hamcrest.Matchers.matchesPattern("TA-\\d{4}-\\d{6,}"))
                .body("schoolName", equalTo("Northgate Primary School"))
                .body("version", equalTo(0))
                .body("history[0].toState", equalTo("DRAFT"))
                .body("allowedActions", equalTo(List.of("EDIT", "SUBMIT", "WITHDRAW")));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
        "upn,        A801200005001",
        "upn,        B80120000500",
        "nhsNumber,  9434765918",
        "nhsNumber,  943476591",
        "dateOfBirth, 2099-01-01",
        "dateOfBirth, 1990-05-01",
        "yearGroup,  14",
        "gender,     UNKNOWN_VALUE",
    })
    void invalidChildFieldIsRefusedByNameAndNothingIsSaved(String field, String value) {
        Map<String, Object> body = draft(SCHOOL);
        child(body).put(field, value);
        long before = total();
        ReferralApi.create(SENCO, body).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("child." + field));
        assertEquals(before, total(), "nothing saved");
    }

    @Test
    void attendanceOverOneHundredIsRefused() {
        Map<String, Object> body = complete(SCHOOL);
        body.put("education", Map.of("attendancePercent", 100.5));
        ReferralApi.create(SENCO, body).statusCode(400).body("errors.field", hasItem("education.attendancePercent"));
    }

    @Test
    void unknownSchoolIsRefused() {
        ReferralApi.create("senior1", Map.of("schoolUrn", "999999")).statusCode(403);
        ReferralApi.create(SENCO, Map.of("schoolUrn", "999999")).statusCode(400)
                .body("errors[0].field", equalTo("schoolUrn"))
                .body("errors[0].message", equalTo("is not a school this service knows"));
    }

    @Test
    void referrerCannotReferForAnotherSchool() {
        ReferralApi.create(SENCO, Map.of("schoolUrn", "100002")).statusCode(400)
                .body("errors[0].message", equalTo("must be your own school"));
    }

    @Test
    void unknownNeedTagIsRefused() {
        Map<String, Object> body = complete(SCHOOL);
        body.put("needs", Map.of("tags", List.of("ANXIETY", "ASTROLOGY")));
        ReferralApi.create(SENCO, body).statusCode(400).body("errors[0].field", equalTo("needs.tags[1]"));
    }

    @Test
    void unknownFieldIsRefused() {
        Map<String, Object> body = draft(SCHOOL);
        child(body).put("favouriteColour", "blue");
        ReferralApi.create(SENCO, body).statusCode(400).body("errors[0].field", equalTo("child.favouriteColour"));
    }

    @Test
    void yearGroupUnlikeTheDateOfBirthIsAWarningNotARefusal() {
        Map<String, Object> body = draft(SCHOOL);
        child(body).put("yearGroup", 1);
        ReferralApi.create(SENCO, body).statusCode(201)
                .body("warnings[0].field", equalTo("child.yearGroup"));
        ReferralApi.create(SENCO, draft(SCHOOL)).statusCode(201).body("warnings", empty());
    }

    @Test
    void temporaryUpnIsFlagged() {
        Map<String, Object> body = draft(SCHOOL);
        child(body).put("upn", "M80120000500A");
        ReferralApi.create(SENCO, body).statusCode(201)
                .body("child.upnTemporary", equalTo(true))
                .body("warnings.field", hasItem("child.upn"));
    }

    @Test
    void consentCannotBeDatedInTheFuture() {
        Map<String, Object> body = complete(SCHOOL);
        body.put("consent", Map.of("givenBy", "Jo", "givenOn", LocalDate.now().plusDays(3).toString(),
                "method", "PHONE", "informationSharing", true));
        ReferralApi.create(SENCO, body).statusCode(400).body("errors[0].field", equalTo("consent.givenOn"));
    }

    private static long total() {
        return ReferralApi.list("senior1", Map.of("size", 1)).statusCode(200).extract().<Number>path("total").longValue();
    }
}
