package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.lti.Platform;
import org.recall.lti.http.AllowedOrigins;
import org.recall.lti.http.ServiceOrigins;

/**
 * The origins each platform's services may be called on ({@code platform_service_origin}): the list an
 * administrator set, or, without one, the origins of the platform's issuer and endpoints. Plain http is
 * allowed for loopback hosts only, and only while Recall itself runs on plain http ({@code RECALL_BASE_URL}).
 */
@ApplicationScoped
public class ServiceOriginTable implements ServiceOrigins {

    private Sql sql;

    @Inject
    @ConfigProperty(name = "recall.base-url")
    String baseUrl;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public AllowedOrigins of(Platform platform) {
        List<String> set = stored(platform.id());
        return set.isEmpty() ? AllowedOrigins.defaultsOf(platform, loopbackHttp()) : AllowedOrigins.of(set, loopbackHttp());
    }

    /** The administrator's list; empty when the platform uses the defaults. */
    public List<String> stored(long platformId) {
        return sql.list("SELECT origin FROM platform_service_origin WHERE platform_id = ? ORDER BY origin",
                rs -> rs.getString(1), platformId);
    }

    /** Replaces the platform's list (already normalised origins); an empty set goes back to the defaults. */
    public void replace(long platformId, Set<String> origins) {
        sql.inTransaction(c -> {
            Sql.update(c, "DELETE FROM platform_service_origin WHERE platform_id = ?", platformId);
            for (String origin : origins) {
                Sql.update(c, "INSERT INTO platform_service_origin (platform_id, origin) VALUES (?, ?)", platformId, origin);
            }
            return null;
        });
    }

    /** Whether plain http may be used for loopback hosts: Recall itself runs on plain http (development, tests). */
    public boolean loopbackHttp() {
        return baseUrl != null && baseUrl.trim().toLowerCase(java.util.Locale.ROOT).startsWith("http:");
    }
}
