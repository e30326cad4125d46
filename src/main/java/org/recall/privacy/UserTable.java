package org.recall.privacy;

/**
 * One table column that names an LMS user.
 *
 * @param table      the table
 * @param userColumn the column holding the user's {@code sub} (or, for {@code ATTEMPT}, none: the rows belong
 *                   to an attempt of the user)
 * @param scope      how the rows of (platform, sub) are found
 * @param erasure    what an erasure does to them
 * @param retention  the retention period that applies, or {@code null} when the rows expire by themselves
 * @param ageColumn  the timestamp the retention period counts from
 * @param condition  extra SQL narrowing the rows, or {@code null}
 * @param hidden     columns left out of an export (credentials and their hashes, large documents)
 * @param cleared    columns set to NULL when the row is anonymised (e.g. the user's name next to their sub)
 */
public record UserTable(String table, String userColumn, Scope scope, Erasure erasure, RetentionKind retention,
        String ageColumn, String condition, java.util.Set<String> hidden, java.util.Set<String> cleared) {

    public UserTable(String table, String userColumn, Scope scope, Erasure erasure, RetentionKind retention,
            String ageColumn, String condition, java.util.Set<String> hidden) {
        this(table, userColumn, scope, erasure, retention, ageColumn, condition, hidden, java.util.Set.of());
    }

    /** How the rows of one user on one platform are selected; the two parameters are (platform id, sub). */
    public enum Scope {
        /** The table has a {@code platform_id} column. */
        PLATFORM("platform_id = ? AND %s = ?"),
        /** The table has an {@code activity_id}; activities belong to a platform. */
        ACTIVITY("activity_id IN (SELECT id FROM activity WHERE platform_id = ?) AND %s = ?"),
        /** Uploaded deck versions, owned by {@code platform:<id>}. */
        DECK_OWNER("owner = 'platform:' || CAST(? AS VARCHAR(20)) AND %s = ?"),
        /** The answers of the user's quiz attempts. */
        ATTEMPT("attempt_id IN (SELECT id FROM quiz_attempt WHERE activity_id IN (SELECT id FROM activity"
                + " WHERE platform_id = ?) AND user_sub = ?)"),
        /** The answers of the user's practice tests. */
        TEST_ATTEMPT("attempt_id IN (SELECT id FROM test_attempt WHERE activity_id IN (SELECT id FROM activity"
                + " WHERE platform_id = ?) AND user_sub = ?)");

        private final String where;

        Scope(String where) {
            this.where = where;
        }

        String where(String userColumn) {
            return where.formatted(userColumn);
        }
    }

    /** DELETE: the rows go. ANONYMISE: the rows stay (they record someone else's work), the user's sub is replaced. */
    public enum Erasure { DELETE, ANONYMISE }

    /** The retention periods an operator sets (see {@link Retention}). */
    public enum RetentionKind { STUDY, GRADES, AUDIT }

    /** The SQL condition selecting one user's rows: parameters (platform id, sub). */
    public String where() {
        return scope.where(userColumn) + (condition == null ? "" : " AND " + condition);
    }
}
