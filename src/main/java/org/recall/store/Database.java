package org.recall.store;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
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
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/recall";

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        return dataSource;
    }
}
