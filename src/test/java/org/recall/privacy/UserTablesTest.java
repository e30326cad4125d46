package org.recall.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recall.study.TestDatabase;

/**
 * Keeps export, erasure and docs/privacy.md complete: reads the migrated schema from the database's metadata,
 * finds every column whose name says it holds a user (a {@code sub}, an author, an actor, a name or email...),
 * and fails for one that {@link UserTables} does not cover, by listing it or by deleting its whole row.
 */
class UserTablesTest {

    /** Words of a column name that say it holds a user: the LTI sub and who did, owns or is something. */
    static final Set<String> USER_WORDS = Set.of("sub", "by", "user", "actor", "author", "owner", "email", "learner",
            "student", "teacher", "instructor");

    static boolean namesAUser(String column) {
        String c = column.toLowerCase(Locale.ROOT);
        return c.equals("name") || java.util.Arrays.stream(c.split("_")).anyMatch(USER_WORDS::contains);
    }

    @Test
    void everyColumnNamingAUserIsExportedAndErasedOrSaidNotToBeUserData() throws Exception {
        var db = TestDatabase.fresh();
        List<String> uncovered = new ArrayList<>();
        Set<String> userColumns = new HashSet<>();
        try (Connection c = db.dataSource().getConnection();
                ResultSet columns = c.getMetaData().getColumns(null, "PUBLIC", "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("flyway_") || !namesAUser(column)) {
                    continue;
                }
                userColumns.add(table + "." + column);
                boolean listed = UserTables.ALL.stream().anyMatch(t -> t.table().equals(table)
                        && (column.equals(t.userColumn()) || t.cleared().contains(column)));
                boolean rowDeleted = UserTables.ALL.stream().anyMatch(t -> t.table().equals(table)
                        && t.erasure() == UserTable.Erasure.DELETE);
                boolean exempt = UserTables.NOT_USER_DATA.stream().anyMatch(e -> e.startsWith(table + "." + column + ":"));
                if (!listed && !rowDeleted && !exempt) {
                    uncovered.add(table + "." + column);
                }
            }
        }
        assertEquals(List.of(), uncovered, "columns naming a user that UserTables neither exports and erases nor exempts");
        assertTrue(userColumns.contains("quiz_attempt.user_sub"), "the scan sees the schema: " + userColumns);
        for (UserTable t : UserTables.ALL) {
            if (t.userColumn() != null) {
                assertTrue(userColumns.contains(t.table() + "." + t.userColumn()), "listed but not in the schema: " + t);
            }
        }
        for (String exempt : UserTables.NOT_USER_DATA) {
            assertTrue(userColumns.contains(exempt.substring(0, exempt.indexOf(':'))), "exempt but not in the schema: " + exempt);
        }
    }

    @Test
    void docsPrivacyDescribesEveryTableAndRetentionSetting() throws Exception {
        String doc = Files.readString(Path.of("docs", "privacy.md"));
        for (UserTable t : UserTables.ALL) {
            assertTrue(doc.contains("`" + t.table() + "`"), "docs/privacy.md does not describe " + t.table());
        }
        for (UserTable.RetentionKind kind : UserTable.RetentionKind.values()) {
            assertTrue(doc.contains("RECALL_RETENTION_" + kind.name()), "docs/privacy.md does not name RECALL_RETENTION_" + kind);
        }
    }
}
