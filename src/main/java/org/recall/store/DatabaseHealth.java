package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Recall is healthy when its database answers and its schema is migrated. */
@ApplicationScoped
public class DatabaseHealth {

    private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());
    private static final int TIMEOUT_SECONDS = 2;

    /** The outcome of one check: {@code reason} says what is wrong when {@code up} is false. */
    public record Status(boolean up, String database, String reason) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    Migrations migrations;

    public Status check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return new Status(false, null, "the database does not answer");
            }
            migrations.ensure();
            return new Status(true, connection.getMetaData().getDatabaseProductName(), null);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Health check failed", e);
            return new Status(false, null, "the database is unreachable or its schema cannot be migrated");
        }
    }
}
