package org.teamaround.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.teamaround.common.time.Clocks;

/** The audit trail always has its months a year ahead, so rows never fall into the default partition. */
@QuarkusTest
class AuditMonthsTest {

    /** A year far enough ahead that no other test's moved clock wrote audit rows in it, and new at each run. */
    private static final int YEAR = 2100 + new java.util.Random().nextInt(800);

    @Inject
    AuditMonths months;

    @Inject
    Clocks clocks;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clocks.reset();
    }

    @Test
    void theNextYearsMonthsAreMadeOnceWhateverTheDay() throws SQLException {
        clocks.moveTo(LocalDate.of(YEAR, 1, 15).atTime(3, 0).atZone(Clocks.LONDON).toInstant());

        List<LocalDate> made = months.ensureAhead();

        assertEquals(13, made.size(), "this month and twelve ahead: " + made);
        assertEquals(LocalDate.of(YEAR, 1, 1), made.get(0));
        assertEquals(LocalDate.of(YEAR + 1, 1, 1), made.get(12));
        assertTrue(partitionExists("audit_event_" + (YEAR + 1) + "_01"));
        assertEquals(List.of(), months.ensureAhead(), "a second run (another replica) makes nothing again");
    }

    private boolean partitionExists(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet found = connection.createStatement().executeQuery(
                        "select 1 from pg_inherits where inhparent = 'audit_event'::regclass and inhrelid::regclass::text = '"
                                + name + "'")) {
            return found.next();
        }
    }
}
