package org.recall.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recall.lti.keys.ToolKeys;
import org.recall.study.TestDatabase;

/** The tool's private keys at rest: sealed with RECALL_KEY_ENCRYPTION_KEY when it is set, in clear otherwise. */
class ToolKeyTableTest {

    private static final String SECRET = "0YJ8m2u6k1Qe5Zr0bq4Xw7sV3nT9aL2cD5fG8hJ1kM4=";
    private final TestDatabase db = TestDatabase.fresh();

    private String stored() {
        return db.sql().one("SELECT jwk FROM tool_key", rs -> rs.getString(1)).orElseThrow();
    }

    @Test
    void withASecretTheStoredKeyIsAnAesGcmJweAndSignsAfterARestart() {
        var table = new ToolKeyTable(db.dataSource(), Optional.of(SECRET));
        var signing = new ToolKeys(table, Clock.systemUTC()).signingKey();
        String row = stored();
        assertTrue(KeyEncryption.isSealed(row), row);
        assertFalse(row.contains(signing.key().getPrivateExponent().toString()), "no private part in clear");
        assertTrue(row.startsWith("eyJ") && row.split("\\.").length == 5, "a compact JWE");

        var restarted = new ToolKeyTable(db.dataSource(), Optional.of(SECRET));
        assertEquals(signing.key(), new ToolKeys(restarted, Clock.systemUTC()).signingKey().key());
        var wrongSecret = new ToolKeyTable(db.dataSource(), Optional.of("another secret entirely"));
        assertThrows(IllegalStateException.class, wrongSecret::all);
        assertThrows(IllegalStateException.class, new ToolKeyTable(db.dataSource(), Optional.empty())::all);
    }

    @Test
    void keysStoredInClearAreSealedOnceASecretIsSet() {
        var clear = new ToolKeyTable(db.dataSource(), Optional.empty());
        var key = new ToolKeys(clear, Clock.systemUTC()).signingKey();
        assertFalse(KeyEncryption.isSealed(stored()), "in clear without a secret");
        assertEquals(0, clear.sealStoredKeys());

        var sealing = new ToolKeyTable(db.dataSource(), Optional.of(SECRET));
        assertEquals(1, sealing.sealStoredKeys());
        assertTrue(KeyEncryption.isSealed(stored()));
        assertEquals(key.key(), sealing.all().get(0).key());
        assertEquals(0, sealing.sealStoredKeys(), "once");
    }
}
