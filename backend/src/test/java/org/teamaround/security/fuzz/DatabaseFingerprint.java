package org.teamaround.security.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What the service has written, in one query: per table its row count and newest row version (`xmin`, which every
 * insert and update raises). Equal fingerprints before and after a request mean the request wrote nothing. The audit
 * trail is left out: a refused request is recorded there on purpose.
 */
final class DatabaseFingerprint implements AutoCloseable {

    private final Connection connection;
    private final String query;

    DatabaseFingerprint() throws SQLException {
        Config config = ConfigProvider.getConfig();
        connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
        query = String.join(" union all ", tables().stream().map(table -> "select '" + table
                + "', count(*), coalesce(max(xmin::text::bigint), 0) from " + table).toList());
    }

    private List<String> tables() throws SQLException {
        List<String> tables = new ArrayList<>();
        ResultSet found = connection.createStatement().executeQuery("select tablename from pg_tables"
                + " where schemaname = 'public' and tablename not like 'audit_event%'"
                + " and tablename not in ('flyway_schema_history', 'sign_in_seen') order by tablename");
        while (found.next()) {
            tables.add(found.getString(1));
        }
        return tables;
    }

    Map<String, String> take() throws SQLException {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        ResultSet rows = connection.createStatement().executeQuery(query);
        while (rows.next()) {
            fingerprint.put(rows.getString(1), rows.getLong(2) + "@" + rows.getLong(3));
        }
        return fingerprint;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
