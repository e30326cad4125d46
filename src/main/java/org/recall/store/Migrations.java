package org.recall.store;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the application starts: one set of scripts in
 * {@code db/migration} for H2 and PostgreSQL. If the database is unreachable at start the
 * application still deploys (health answers 503) and the migration is tried again by {@link #ensure()}.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private final AtomicBoolean done = new AtomicBoolean();

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object event) {
        try {
            ensure();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Database migration failed; Recall will retry it when /health is asked", e);
        }
    }

    /** Migrates once; later calls are free. Throws when the database cannot be migrated. */
    public void ensure() {
        if (done.get()) {
            return;
        }
        synchronized (this) {
            if (done.get()) {
                return;
            }
            var result = Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // Migrations are numbered by issue (V13_1, V17_2, …) and land in any order: one numbered
                    // below a migration already applied still runs, once.
                    .outOfOrder(true)
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations run now)");
            done.set(true);
        }
    }

    public boolean isDone() {
        return done.get();
    }
}
