package org.recall.store;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import javax.sql.DataSource;

/**
 * Recall's one data source, a pool managed by Payara. Its URL, user and password come from
 * MicroProfile Config ({@code RECALL_DB_URL}, ...); the data source class is derived from the URL by
 * {@link DatabaseConfigSource}, so that one environment variable switches H2 to PostgreSQL.
 * Payara's default data source is not used: it lives in a temporary folder (STACK.md pitfall 5).
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=recall.db.datasource-class}",
        url = "${MPCONFIG=recall.db.url}",
        user = "${MPCONFIG=recall.db.user}",
        password = "${MPCONFIG=recall.db.password}",
        minPoolSize = 2,
        maxPoolSize = Database.MAX_POOL_SIZE,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/recall";
    static final int MAX_POOL_SIZE = 32;

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    private MeteredDataSource metered;

    /** The pool, counted for {@code /metrics} ({@link MeteredDataSource}). */
    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        return metered();
    }

    @Produces
    @Typed(MeteredDataSource.class)
    synchronized MeteredDataSource metered() {
        if (metered == null) {
            metered = new MeteredDataSource(dataSource, MAX_POOL_SIZE);
        }
        return metered;
    }
}
