package org.recall.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.recall.json.Json;
import org.recall.store.Sql;

/**
 * A data subject's requests (GDPR Art. 15 and 17): everything Recall holds about one LMS user, found by
 * (platform, {@code sub}) through {@link UserTables}, exported as JSON or erased in one transaction.
 */
@ApplicationScoped
public class UserData {

    /** Refused erasure: scores of the user still wait for the gradebook. */
    public static final class PendingScores extends RuntimeException {
        private final int count;

        PendingScores(int count) {
            super(count + (count == 1 ? " score is" : " scores are") + " still waiting to be sent to the gradebook.");
            this.count = count;
        }

        public int count() {
            return count;
        }
    }

    private Sql sql;

    @Inject
    void setDataSource(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    public static UserData over(DataSource dataSource) {
        UserData data = new UserData();
        data.setDataSource(dataSource);
        return data;
    }

    /** How many rows each table holds about the user, and how many of their scores wait for the gradebook. */
    public Map<String, Integer> counts(long platformId, String sub) {
        var counts = new LinkedHashMap<String, Integer>();
        for (UserTable t : UserTables.ALL) {
            int n = sql.one("SELECT COUNT(*) FROM " + t.table() + " WHERE " + t.where(), rs -> rs.getInt(1), platformId, sub)
                    .orElse(0);
            counts.merge(t.table(), n, Integer::sum);
        }
        return counts;
    }

    public int pendingScores(long platformId, String sub) {
        return sql.one("SELECT COUNT(*) FROM grade_outbox WHERE platform_id = ? AND user_sub = ? AND status = 'PENDING'",
                rs -> rs.getInt(1), platformId, sub).orElse(0);
    }

    /** Every row about the user, by table, each column as stored (credentials left out). */
    public JsonObject export(long platformId, String sub) {
        return sql.inConnection(c -> {
            var tables = new LinkedHashMap<String, JsonArrayBuilder>();
            for (UserTable t : UserTables.ALL) {
                JsonArrayBuilder rows = tables.computeIfAbsent(t.table(), name -> Json.createArrayBuilder());
                try (PreparedStatement select = c.prepareStatement("SELECT * FROM " + t.table() + " WHERE " + t.where())) {
                    select.setLong(1, platformId);
                    select.setString(2, sub);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            rows.add(row(rs, t));
                        }
                    }
                }
            }
            JsonObjectBuilder json = Json.createObjectBuilder();
            tables.forEach(json::add);
            return json.build();
        });
    }

    /**
     * Deletes or anonymises every row about the user. Scores still waiting for the gradebook are cancelled when
     * {@code cancelPendingScores}; otherwise the erasure is refused with {@link PendingScores}. Returns the rows
     * touched per table.
     */
    public Map<String, Integer> erase(long platformId, String sub, boolean cancelPendingScores) {
        return sql.inTransaction(c -> {
            int pending = Sql.list(c, "SELECT COUNT(*) FROM grade_outbox WHERE platform_id = ? AND user_sub = ?"
                    + " AND status = 'PENDING'", rs -> rs.getInt(1), platformId, sub).get(0);
            if (pending > 0 && !cancelPendingScores) {
                throw new PendingScores(pending);
            }
            var touched = new LinkedHashMap<String, Integer>();
            for (UserTable t : UserTables.ALL) {
                int n = t.erasure() == UserTable.Erasure.DELETE
                        ? Sql.update(c, "DELETE FROM " + t.table() + " WHERE " + t.where(), platformId, sub)
                        : anonymise(c, t, platformId, sub);
                touched.merge(t.table(), n, Integer::sum);
            }
            return touched;
        });
    }

    private static int anonymise(Connection c, UserTable t, long platformId, String sub) throws SQLException {
        String cleared = t.cleared().stream().map(column -> ", " + column + " = NULL").collect(Collectors.joining());
        return Sql.update(c, "UPDATE " + t.table() + " SET " + t.userColumn() + " = ?" + cleared + " WHERE " + t.where(),
                UserTables.ERASED, platformId, sub);
    }

    private static JsonObject row(ResultSet rs, UserTable t) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        JsonObjectBuilder row = Json.createObjectBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (t.hidden().contains(column)) {
                continue;
            }
            Object value = rs.getObject(i);
            if (value == null) {
                row.addNull(column);
            } else if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
                row.add(column, ((Number) value).doubleValue());
            } else if (value instanceof Number number) {
                row.add(column, number.longValue());
            } else if (value instanceof Boolean flag) {
                row.add(column, flag);
            } else if (value instanceof OffsetDateTime || value instanceof java.sql.Timestamp) {
                row.add(column, Sql.instant(rs, meta.getColumnLabel(i)).toString());
            } else {
                row.add(column, value.toString());
            }
        }
        return row.build();
    }
}
