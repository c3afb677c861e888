package org.teamaround.school;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.teamaround.common.time.Clocks;
import org.teamaround.support.KeycloakTokens;

/** The areas of the service and their panels' cadence, from which the next meeting days are proposed. */
@QuarkusTest
class AreaTest {

    @Test
    void everySignedInRoleListsTheAreasWithTheirCadence() {
        for (String user : List.of("senco1", "practitioner1", "senior1", "partner1", "admin1")) {
            given().auth().oauth2(KeycloakTokens.forUser(user)).get(SchoolApi.AREAS).then().statusCode(200)
                    .body("name", hasItem("Pontefract"))
                    .body("find { it.name == 'Pontefract' }.triageCadence", equalTo(Map.of(
                            "everyWeeks", 2, "weekday", "FRIDAY", "startsOn", "2026-01-02")));
        }
        given().get(SchoolApi.AREAS).then().statusCode(401);
    }

    @Test
    void aFortnightlyFridayPanelIsProposedItsNextThreeFridays() {
        String name = freshName();
        create("admin1", name, Map.of("everyWeeks", 2, "weekday", "FRIDAY", "startsOn", "2026-01-02"))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/areas/" + name.replace(" ", "%20")));

        LocalDate today = LocalDate.now(Clocks.LONDON);
        List<String> expected = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 1, 2); expected.size() < 3; day = day.plusWeeks(2)) {
            if (!day.isBefore(today)) {
                expected.add(day.toString());
            }
        }
        List<String> dates = nextMeetings("senior1", name, Map.of("count", 3)).statusCode(200)
                .body("area", equalTo(name))
                .body("triageCadence.weekday", equalTo("FRIDAY"))
                .extract().path("meetings.date");
        assertEquals(expected, dates);
    }

    @Test
    void aProposedDayOnABankHolidayIsFlagged() {
        String name = freshName();
        create("admin1", name, Map.of("everyWeeks", 1, "weekday", "FRIDAY", "startsOn", "2030-04-19")).statusCode(201);
        nextMeetings("senior1", name, Map.of()).statusCode(200)
                .body("meetings.date", equalTo(List.of("2030-04-19", "2030-04-26", "2030-05-03")))
                .body("meetings.bankHoliday", equalTo(List.of(true, false, false)));   // Good Friday 2030
        nextMeetings("senior1", name, Map.of("count", 0)).statusCode(400)
                .body("errors.field", equalTo(List.of("count")));
        nextMeetings("senior1", "Atlantis", Map.of()).statusCode(404);
    }

    @Test
    void aCadenceStartsOnItsWeekdayAndWithoutAStartDayFromToday() {
        create("admin1", freshName(), Map.of("everyWeeks", 2, "weekday", "THURSDAY", "startsOn", "2026-01-02"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("triageCadence.startsOn")))
                .body("errors.message", equalTo(List.of("must be a Thursday, the cadence's weekday")));
        create("admin1", freshName(), Map.of("everyWeeks", 0, "weekday", "SATURDAY")).statusCode(400)
                .body("errors.field", equalTo(List.of("triageCadence.weekday")));
        create("admin1", freshName(), Map.of("everyWeeks", 13, "weekday", "MONDAY")).statusCode(400)
                .body("errors.field", equalTo(List.of("triageCadence.everyWeeks")));
        LocalDate today = LocalDate.now(Clocks.LONDON);
        String startsOn = create("admin1", freshName(), Map.of("everyWeeks", 3, "weekday", "MONDAY")).statusCode(201)
                .extract().path("triageCadence.startsOn");
        LocalDate monday = LocalDate.parse(startsOn);
        assertEquals(java.time.DayOfWeek.MONDAY, monday.getDayOfWeek());
        assertEquals(true, !monday.isBefore(today) && monday.isBefore(today.plusDays(8)));
    }

    @Test
    void areaNamesAreUniqueWhateverTheirCase() {
        String name = freshName();
        Map<String, Object> cadence = Map.of("everyWeeks", 2, "weekday", "FRIDAY");
        create("admin1", name, cadence).statusCode(201);
        create("admin1", name.toUpperCase(), cadence).statusCode(409);
        given().auth().oauth2(KeycloakTokens.forUser("senco1")).get(SchoolApi.AREAS + "/" + name.toLowerCase())
                .then().statusCode(200).body("name", equalTo(name));
    }

    @Test
    void onlyAnAdminCreatesAnAreaOrChangesItsCadence() {
        Map<String, Object> cadence = Map.of("everyWeeks", 2, "weekday", "FRIDAY");
        create("senior1", freshName(), cadence).statusCode(403);
        create("senco1", freshName(), cadence).statusCode(403);
        update("senior1", "Pontefract", Map.of("triageCadence", cadence, "version", 0)).statusCode(403);
    }

    @Test
    void aCadenceChangeNeedsTheCurrentVersionAndIsRecorded() {
        String name = freshName();
        create("admin1", name, Map.of("everyWeeks", 2, "weekday", "FRIDAY", "startsOn", "2026-01-02")).statusCode(201);
        Map<String, Object> weekly = Map.of("everyWeeks", 1, "weekday", "FRIDAY", "startsOn", "2026-01-02");
        update("admin1", name, Map.of("triageCadence", weekly, "version", 0)).statusCode(200)
                .body("triageCadence.everyWeeks", equalTo(1))
                .body("version", equalTo(1));
        update("admin1", name, Map.of("triageCadence", weekly, "version", 0)).statusCode(409)
                .body("currentVersion", equalTo(1));
        SchoolApi.configChanges("admin1", Map.of("entity", "AREA", "key", name, "size", 1)).statusCode(200)
                .body("total", equalTo(5))   // name, every, weekday, start on creation; then every
                .body("items[0].field", equalTo("triageCadence.everyWeeks"))
                .body("items[0].oldValue", equalTo("2"))
                .body("items[0].newValue", equalTo("1"));
    }

    private static String freshName() {
        return "Test Area " + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private static ValidatableResponse create(String user, String name, Map<String, Object> cadence) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON)
                .body(Map.of("name", name, "triageCadence", cadence)).when().post(SchoolApi.AREAS).then();
    }

    private static ValidatableResponse update(String user, String name, Map<String, Object> body) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).contentType(ContentType.JSON).body(body)
                .when().put(SchoolApi.AREAS + "/" + name).then();
    }

    private static ValidatableResponse nextMeetings(String user, String name, Map<String, ?> query) {
        return given().auth().oauth2(KeycloakTokens.forUser(user)).queryParams(query)
                .when().get(SchoolApi.AREAS + "/" + name + "/next-meetings").then();
    }
}
