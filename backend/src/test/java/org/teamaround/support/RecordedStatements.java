package org.teamaround.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** The SQL Hibernate sends while a test records, so that a test can ask PostgreSQL how it would run it. */
@ApplicationScoped
@PersistenceUnitExtension
public class RecordedStatements implements StatementInspector {

    private static final Set<String> RECORDED = new LinkedHashSet<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            synchronized (RECORDED) {
                RECORDED.add(sql);
            }
        }
        return sql;
    }

    public static void start() {
        synchronized (RECORDED) {
            RECORDED.clear();
        }
        recording = true;
    }

    /** The distinct statements sent since {@link #start()}, in the order first sent. */
    public static List<String> stop() {
        recording = false;
        synchronized (RECORDED) {
            return new ArrayList<>(RECORDED);
        }
    }
}
