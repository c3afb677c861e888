package org.teamaround.performance;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.teamaround.allocation.CaseFixtures;
import org.teamaround.family.FamilyRecordFixture;
import org.teamaround.support.KeycloakTokens;
import org.teamaround.support.RecordedStatements;

/**
 * The queries behind the lists, queues, reports and the audit trail people open every day read the large tables
 * through an index: each statement Hibernate sends for them is planned by PostgreSQL as it would be for any values
 * (a generic plan), with sequential scans priced out: a sequential scan of a large table left in the plan fails the test.
 */
@QuarkusTest
class QueryPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hotQueriesReadLargeTablesThroughAnIndex() throws SQLException {
        LocalDate today = LocalDate.now();
        FamilyRecordFixture family = FamilyRecordFixture.closed("Plan" + System.nanoTime(), today);
        CaseFixtures.waitingReferral();
        String yearAgo = today.minusYears(1).toString();

        RecordedStatements.start();
        String next = as("senco1").get("/api/v1/referrals?size=1").then().statusCode(200).extract().path("next");
        as("senco1").get("/api/v1/referrals?size=1&after=" + next).then().statusCode(200);
        as("senco1").get("/api/v1/referrals?state=DECLINED&page=2&size=1").then().statusCode(200);
        as("senco1").get("/api/v1/referrals/" + family.referralId).then().statusCode(200);
        as("senior1").get("/api/v1/referrals?state=SUBMITTED").then().statusCode(200);
        as("senior1").get("/api/v1/allocations/queue").then().statusCode(200);
        as("senior1").get("/api/v1/reports/funnel?from=" + yearAgo + "&to=" + today).then().statusCode(200);
        as("senior1").get("/api/v1/audit?recordId=" + family.referralId).then().statusCode(200);
        as("practitioner1").get("/api/v1/cases").then().statusCode(200);
        as("senior1").get("/api/v1/reviews?due=overdue").then().statusCode(200);
        List<String> reads = RecordedStatements.stop().stream()
                .filter(sql -> sql.stripLeading().toLowerCase().matches("(?s)(select|with)\\b.*")).toList();

        assertTrue(reads.size() > 10, "the requests read the database: " + reads.size());
        assertEquals(List.of(), sequentialScansOfLargeTables(reads));
    }

    private List<String> sequentialScansOfLargeTables(List<String> statements) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement session = connection.createStatement()) {
            session.execute("set plan_cache_mode = force_generic_plan");
            session.execute("set enable_seqscan = off");
            try {
                for (int i = 0; i < statements.size(); i++) {
                    String sql = statements.get(i);
                    QueryPlans.sequentialScans(genericPlan(session, "hot" + i, sql)).forEach(read -> found.add(read + " in: " + sql));
                }
            } finally {
                session.execute("deallocate all");
                session.execute("reset all");
            }
        }
        return found;
    }

    /** The plan PostgreSQL makes for the statement whatever its parameters' values, as JSON. */
    private static String genericPlan(Statement session, String name, String sql) throws SQLException {
        QueryPlans.Numbered numbered = QueryPlans.numbered(sql);
        session.execute("prepare " + name + " as " + numbered.sql());
        String nulls = numbered.parameters() == 0 ? "" : "(" + String.join(", ", Collections.nCopies(numbered.parameters(), "null")) + ")";
        try (ResultSet plan = session.executeQuery("explain (format json) execute " + name + nulls)) {
            plan.next();
            return plan.getString(1);
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.forUser(user));
    }
}
