package org.teamaround.common.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only in PostgreSQL itself: the service's login may add and read rows but every other
 * change is refused (no privilege), and even the schema's owner meets triggers that refuse updates, deletes and
 * truncation. The table is partitioned by month.
 */
@QuarkusTest
class AuditTrailImmutabilityTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String RAISED_EXCEPTION = "P0001";

    @Test
    void theServicesLoginCannotChangeRemoveOrEmptyTheTrail() throws SQLException {
        try (Connection app = connect("quarkus.datasource.username", "quarkus.datasource.password")) {
            addRow(app);
            long before = count(app);
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "update audit_event set username = 'someone else'");
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "delete from audit_event");
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "truncate audit_event");
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "delete from " + currentMonthPartition());
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "drop table " + currentMonthPartition());
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "alter table audit_event disable trigger all");
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "alter table audit_event detach partition " + currentMonthPartition());
            assertEquals(before, count(app));
        }
    }

    @Test
    void triggersRefuseChangesEvenToTheSchemasOwner() throws SQLException {
        try (Connection owner = connect("quarkus.flyway.username", "quarkus.flyway.password")) {
            owner.createStatement().execute("set role " + config().getValue("quarkus.flyway.placeholders.audit_role", String.class));
            addRow(owner);
            long before = count(owner);
            assertRefused(owner, RAISED_EXCEPTION, "update audit_event set username = 'someone else'");
            assertRefused(owner, RAISED_EXCEPTION, "delete from audit_event");
            assertRefused(owner, RAISED_EXCEPTION, "truncate audit_event");
            assertEquals(before, count(owner));
        }
    }

    @Test
    void theTrailIsPartitionedByMonthAndTheServiceCanAddMonthsButNothingElse() throws SQLException {
        try (Connection app = connect("quarkus.datasource.username", "quarkus.datasource.password")) {
            ResultSet month = app.createStatement().executeQuery(
                    "select count(*) from pg_inherits where inhparent = 'audit_event'::regclass");
            month.next();
            assertTrue(month.getInt(1) > 12, "a partition per month, and a default one");
            app.createStatement().execute("select audit_event_add_month(date '2099-01-01')");
            ResultSet again = app.createStatement().executeQuery("select audit_event_add_month(date '2099-01-15')");
            again.next();
            assertFalse(again.getBoolean(1), "the month exists once, however often it is asked for");
            ResultSet made = app.createStatement().executeQuery("select to_regclass('audit_event_2099_01') is not null");
            made.next();
            assertTrue(made.getBoolean(1));
            assertRefused(app, INSUFFICIENT_PRIVILEGE, "delete from audit_event_2099_01");
        }
    }

    private static String currentMonthPartition() {
        LocalDate today = LocalDate.now();
        return String.format("audit_event_%d_%02d", today.getYear(), today.getMonthValue());
    }

    private static void assertRefused(Connection connection, String sqlState, String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }, sql);
        assertEquals(sqlState, refused.getSQLState(), sql + ": " + refused.getMessage());
    }

    private static void addRow(Connection connection) throws SQLException {
        connection.createStatement().execute("insert into audit_event (id, at, user_id, roles, action, record_type)"
                + " values (gen_random_uuid(), now(), 'immutability-test', 'senior', 'READ', 'REFERRAL')");
    }

    private static long count(Connection connection) throws SQLException {
        ResultSet rows = connection.createStatement().executeQuery("select count(*) from audit_event");
        rows.next();
        return rows.getLong(1);
    }

    private static Connection connect(String userKey, String passwordKey) throws SQLException {
        Config config = config();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue(userKey, String.class), config.getValue(passwordKey, String.class));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
