package org.recall.store;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.List;
import javax.sql.DataSource;
import org.recall.lti.keys.ToolKey;
import org.recall.lti.keys.ToolKeyStore;

/** The tool's signing keys in the database (JWK JSON, private part included), shared by all instances. */
@ApplicationScoped
public class ToolKeyTable implements ToolKeyStore {

    private Sql sql;

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    @Override
    public List<ToolKey> all() {
        return sql.list("SELECT kid, jwk, created_at, retires_at FROM tool_key ORDER BY created_at", ToolKeyTable::row);
    }

    @Override
    public void save(ToolKey key) {
        sql.inTransaction(c -> {
            int updated = Sql.update(c, "UPDATE tool_key SET retires_at = ? WHERE kid = ?", key.retiresAt(), key.kid());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO tool_key (kid, jwk, created_at, retires_at) VALUES (?, ?, ?, ?)",
                        key.kid(), key.key().toJSONString(), key.createdAt(), key.retiresAt());
            }
            return null;
        });
    }

    @Override
    public void delete(String kid) {
        sql.update("DELETE FROM tool_key WHERE kid = ?", kid);
    }

    private static ToolKey row(ResultSet rs) throws SQLException {
        try {
            return new ToolKey(rs.getString("kid"), RSAKey.parse(rs.getString("jwk")),
                    Sql.instant(rs, "created_at"), Sql.instant(rs, "retires_at"));
        } catch (ParseException e) {
            throw new SQLException("Stored tool key " + rs.getString("kid") + " is not a JWK", e);
        }
    }
}
