package org.recall.store;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.lti.keys.ToolKey;
import org.recall.lti.keys.ToolKeyStore;

/**
 * The tool's signing keys in the database (JWK JSON, private part included), shared by all instances. With
 * {@code RECALL_KEY_ENCRYPTION_KEY} set, each key is stored sealed ({@link KeyEncryption}) and keys stored in
 * clear before are sealed at start; without it Recall warns at every start that the keys lie in clear.
 */
@ApplicationScoped
public class ToolKeyTable implements ToolKeyStore {

    private static final Logger LOG = Logger.getLogger(ToolKeyTable.class.getName());
    static final String IN_CLEAR = "The tool's private keys are stored in clear in the database: set "
            + "RECALL_KEY_ENCRYPTION_KEY (a long random secret kept apart from the database) to encrypt them.";

    private Sql sql;
    private Optional<KeyEncryption> encryption = Optional.empty();

    public ToolKeyTable() {
    }

    /** Outside a container (tests). */
    public ToolKeyTable(DataSource dataSource, Optional<String> secret) {
        this.sql = new Sql(dataSource);
        this.encryption = secret.filter(s -> !s.isBlank()).map(KeyEncryption::fromSecret);
    }

    @Inject
    void init(DataSource dataSource,
            @ConfigProperty(name = "recall.key-encryption-key") Optional<String> secret) {
        this.sql = new Sql(dataSource);
        this.encryption = secret.filter(s -> !s.isBlank()).map(KeyEncryption::fromSecret);
    }

    void onStart(@Observes @Priority(20) @Initialized(ApplicationScoped.class) Object event, Migrations migrations) {
        try {
            migrations.ensure();
            sealStoredKeys();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The tool keys could not be checked at start", e);
        }
    }

    /** Seals keys stored in clear (when a secret is set), or warns that they are in clear (when none is). */
    public int sealStoredKeys() {
        var rows = sql.list("SELECT kid, jwk FROM tool_key", rs -> new String[] {rs.getString(1), rs.getString(2)});
        if (encryption.isEmpty()) {
            if (rows.stream().anyMatch(row -> KeyEncryption.isSealed(row[1]))) {
                LOG.severe("The tool keys are encrypted but RECALL_KEY_ENCRYPTION_KEY is not set: Recall cannot sign "
                        + "launches, deep linking responses or grade requests. Set it to the secret that sealed them.");
            } else {
                LOG.warning(IN_CLEAR);
            }
            return 0;
        }
        int sealed = 0;
        for (String[] row : rows) {
            if (!KeyEncryption.isSealed(row[1])) {
                sealed += sql.update("UPDATE tool_key SET jwk = ? WHERE kid = ? AND jwk = ?",
                        encryption.get().seal(row[1], row[0]), row[0], row[1]);
            }
        }
        if (sealed > 0) {
            LOG.info("Encrypted " + sealed + " tool key(s) stored in clear");
        }
        return sealed;
    }

    @Override
    public List<ToolKey> all() {
        return sql.list("SELECT kid, jwk, created_at, retires_at FROM tool_key ORDER BY created_at", this::row);
    }

    @Override
    public void save(ToolKey key) {
        sql.inTransaction(c -> {
            int updated = Sql.update(c, "UPDATE tool_key SET retires_at = ? WHERE kid = ?", key.retiresAt(), key.kid());
            if (updated == 0) {
                String jwk = key.key().toJSONString();
                Sql.update(c, "INSERT INTO tool_key (kid, jwk, created_at, retires_at) VALUES (?, ?, ?, ?)", key.kid(),
                        encryption.map(e -> e.seal(jwk, key.kid())).orElse(jwk), key.createdAt(), key.retiresAt());
            }
            return null;
        });
    }

    @Override
    public void delete(String kid) {
        sql.update("DELETE FROM tool_key WHERE kid = ?", kid);
    }

    private ToolKey row(ResultSet rs) throws SQLException {
        String stored = rs.getString("jwk");
        String kid = rs.getString("kid");
        String jwk;
        if (KeyEncryption.isSealed(stored)) {
            jwk = encryption.orElseThrow(() -> new IllegalStateException("The tool key " + kid
                    + " is encrypted and RECALL_KEY_ENCRYPTION_KEY is not set")).open(stored);
        } else {
            jwk = stored;
        }
        try {
            return new ToolKey(rs.getString("kid"), RSAKey.parse(jwk), Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "retires_at"));
        } catch (ParseException e) {
            throw new SQLException("Stored tool key " + rs.getString("kid") + " is not a JWK", e);
        }
    }
}
