/**
 * What Recall holds about one LMS user, and how long: {@link UserTables} lists every table and column that
 * names a user, how it is found from (platform, {@code sub}), whether an erasure deletes or anonymises it,
 * and which retention period applies. {@link UserData} exports and erases by that list; {@link Retention}
 * deletes what outlived its period. docs/privacy.md describes the same list for a data-protection office,
 * and {@code UserTablesTest} fails when a table of the schema names a user without being listed.
 */
package org.recall.privacy;
