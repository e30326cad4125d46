package org.recall.store;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code recall.db.datasource-class} from the database URL, so that setting
 * {@code RECALL_DB_URL=jdbc:postgresql://...} alone switches the store to PostgreSQL.
 * Its ordinal sits below the environment (300) so an explicit {@code RECALL_DB_DATASOURCE_CLASS} wins.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String KEY = "recall.db.datasource-class";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";
    static final String POSTGRESQL = "org.postgresql.ds.PGSimpleDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    static String dataSourceClassFor(String url) {
        return url != null && url.startsWith("jdbc:postgresql:") ? POSTGRESQL : H2;
    }

    private static String configuredUrl() {
        String url = System.getProperty("recall.db.url");
        if (url == null) {
            url = System.getenv("RECALL_DB_URL");
        }
        return url;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, getValue(KEY));
    }

    @Override
    public int getOrdinal() {
        return 250;
    }

    @Override
    public String getName() {
        return "recall-database-defaults";
    }
}
