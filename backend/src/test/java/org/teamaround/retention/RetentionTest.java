package org.teamaround.retention;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.common.time.Clocks;
import org.teamaround.family.FamilyRecordFixture;
import org.teamaround.support.KeycloakTokens;

/**
 * A family's record through retention on a fixed clock: kept until the child's 25th birthday, marked by the sweep,
 * held by a senior and marked again when the hold runs out, then erased: no trace of the family in any table, the
 * reports' figures unchanged, the audit trail kept and told of the erasure.
 */
@QuarkusTest
class RetentionTest {

    private static final LocalDate TODAY = LocalDate.now(Clocks.LONDON);

    @Inject
    Clocks clocks;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToToday() {
        clocks.reset();
    }

    @Test
    void aClosedCaseIsKeptUntilTheChilds25thBirthdayHeldWhenASeniorSaysAndThenErasedToATombstone() throws Exception {
        String childName = "Retain" + System.nanoTime();
        FamilyRecordFixture family = FamilyRecordFixture.closed(childName, TODAY);
        LocalDate birthday = family.bornOn.plusYears(25);
        Map<String, Object> funnelBefore = report("funnel");
        Map<String, Object> outcomesBefore = report("outcomes");

        on(birthday.minusDays(1));
        sweep().body("ran", equalTo(true));
        assertEquals(null, reviewOf(family.referralId), "not marked the day before the 25th birthday");

        on(birthday);
        sweep().body("ran", equalTo(true));
        RetentionReview review = reviewOf(family.referralId);
        assertEquals(RetentionReview.State.DUE, review.state);
        assertEquals(birthday, review.dueOn);
        Map<String, Object> listed = listed("DUE", review.id);
        assertEquals("Ada " + childName, listed.get("childName"));
        assertEquals(family.caseId, listed.get("caseId"));
        assertEquals("CLOSED", listed.get("referralState"));
        sweep();
        assertEquals(review.version, reviewOf(family.referralId).version, "a second sweep leaves it as it is");

        LocalDate keepUntil = birthday.plusMonths(6);
        as("practitioner1").body(Map.of("version", review.version, "reason", "x", "keepUntil", keepUntil.toString()))
                .post(path(review, "hold")).then().statusCode(403);
        as("senior1").body(Map.of("version", review.version, "reason", "Court proceedings",
                "keepUntil", birthday.toString())).post(path(review, "hold")).then().statusCode(400);
        as("senior1").body(Map.of("version", review.version, "reason", "Court proceedings",
                        "keepUntil", keepUntil.toString())).post(path(review, "hold")).then().statusCode(200)
                .body("state", equalTo("HELD")).body("decidedByName", equalTo("Helen Moore"))
                .body("holdReason", equalTo("Court proceedings"));
        on(keepUntil.minusDays(1));
        sweep();
        assertEquals(RetentionReview.State.HELD, reviewOf(family.referralId).state, "held until the day it said");
        on(keepUntil);
        sweep();
        review = reviewOf(family.referralId);
        assertEquals(RetentionReview.State.DUE, review.state, "due again once the hold has run out");

        as("senior1").body(Map.of("version", review.version - 1)).post(path(review, "erasure")).then()
                .statusCode(409).body("currentVersion", equalTo((int) review.version));
        as("senior1").body(Map.of("version", review.version)).post(path(review, "erasure")).then().statusCode(200)
                .body("state", equalTo("ERASED")).body("childName", nullValue()).body("dateOfBirth", nullValue())
                .body("reference", equalTo(listed.get("reference")));
        as("senior1").body(Map.of("version", review.version + 1)).post(path(review, "erasure")).then()
                .statusCode(409).body("currentState", equalTo("ERASED"));

        assertEquals(List.of(), tablesHolding(childName), "no table holds the child's name");
        String export = as("senior1").get("/api/v1/families/" + family.referralId + "/export").then().statusCode(200)
                .body("caseWork.closures.reason", equalTo(List.of("OUTCOMES_ACHIEVED")))
                .body("caseWork.contacts.durationMinutes", equalTo(List.of(50)))
                .extract().asString();
        for (String gone : List.of(childName, FamilyRecordFixture.SCRIPT, "First home visit", "Morning routine chart",
                "Daily check-in", "Anxiety keeps her from school")) {
            assertFalse(export.contains(gone), "the export no longer holds " + gone);
        }
        clocks.reset();
        assertEquals(withoutQuotes(funnelBefore), withoutQuotes(report("funnel")), "the funnel counts the tombstone");
        assertEquals(withoutQuotes(outcomesBefore), withoutQuotes(report("outcomes")), "so do the outcomes");
        Set<String> trail = trailOf(family.referralId, family.caseId);
        assertTrue(trail.containsAll(Set.of("ERASE REFERRAL", "ERASE CASE", "CREATE REFERRAL", "READ CASE",
                        "LIST REFERRAL")),
                "the trail keeps what happened before and that it was erased: " + trail);
    }

    @Test
    void aCaseReopenedAfterItWasMarkedIsNotErased() {
        FamilyRecordFixture family = FamilyRecordFixture.closed("Reopened" + System.nanoTime(), TODAY);
        on(family.bornOn.plusYears(25));
        sweep();
        RetentionReview review = reviewOf(family.referralId);
        as("senior1").body(Map.of("reason", "A new exclusion risk")).post("/api/v1/cases/" + family.caseId + "/reopen")
                .then().statusCode(200);

        as("senior1").body(Map.of("version", review.version)).post(path(review, "erasure")).then().statusCode(409)
                .body("currentState", equalTo("ACTIVE"));
        sweep();
        assertEquals(null, reviewOf(family.referralId), "the next sweep unmarks it");
        as("senior1").get("/api/v1/families/" + family.referralId + "/export").then().statusCode(200)
                .body("referral.child.lastName", equalTo(family.childLastName));
    }

    @Test
    void whileOneInstanceSweepsAnotherMarksNothing() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, RetentionSweep.LOCK_KEY);
                lock.execute();
            }
            sweep().body("ran", equalTo(false)).body("marked", equalTo(0));
            other.rollback();
        }
        sweep().body("ran", equalTo(true));
    }

    private void on(LocalDate day) {
        clocks.moveTo(day.atTime(10, 0).atZone(Clocks.LONDON).toInstant());
    }

    private static ValidatableResponse sweep() {
        return as("senior1").post("/api/v1/retention/sweeps").then().statusCode(200);
    }

    private static String path(RetentionReview review, String action) {
        return "/api/v1/retention/reviews/" + review.id + "/" + action;
    }

    private static RetentionReview reviewOf(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> RetentionReview.<RetentionReview>find("referralId",
                UUID.fromString(referralId)).firstResult());
    }

    /** The review as the list of its state shows it, looked for page by page. */
    private static Map<String, Object> listed(String state, UUID id) {
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = as("senior1").queryParam("state", state).queryParam("page", page)
                    .queryParam("size", 200).get("/api/v1/retention/reviews").then().statusCode(200)
                    .extract().path("items");
            if (items.isEmpty()) {
                throw new AssertionError("review " + id + " is not listed as " + state);
            }
            for (Map<String, Object> item : items) {
                if (id.toString().equals(item.get("id"))) {
                    return item;
                }
            }
        }
    }

    private static Map<String, Object> report(String name) {
        return as("senior1").queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString())
                .queryParam("schoolUrn", "100001").get("/api/v1/reports/" + name).then().statusCode(200)
                .extract().as(Map.class);
    }

    /** The figures; the outcomes report's quotes are the family's own words and go with the rest. */
    private static Map<String, Object> withoutQuotes(Map<String, Object> report) {
        Map<String, Object> figures = new java.util.HashMap<>(report);
        figures.remove("quotes");
        return figures;
    }

    /** Every table and column, JSON and text alike, that still holds the text. */
    private List<String> tablesHolding(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement columns = connection.prepareStatement("""
                     select table_name, column_name from information_schema.columns
                     where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb')
                       and table_name not like 'audit_event%'""");
             ResultSet rows = columns.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String column = rows.getString(2);
                try (PreparedStatement search = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" where \"" + column + "\"::text ilike ?")) {
                    search.setString(1, "%" + text + "%");
                    try (ResultSet count = search.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            found.add(table + "." + column);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> trailOf(String referralId, String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("recordId in ?1",
                        List.of(UUID.fromString(referralId), UUID.fromString(caseId)))
                .stream().map(e -> e.action + " " + e.recordType).collect(Collectors.toSet()));
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTokens.forUser(username)).contentType(ContentType.JSON);
    }
}
