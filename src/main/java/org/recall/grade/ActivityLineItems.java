package org.recall.grade;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.recall.lti.Platform;
import org.recall.lti.ags.AgsClient;
import org.recall.lti.ags.AgsException;
import org.recall.lti.ags.LineItem;
import org.recall.store.Sql;
import org.recall.store.StoreException;

/**
 * The line item of an activity whose launch gave only the {@code lineitems} container (AGS 2.0
 * §3.2): found by resource link, resource id and tag, or created, once per activity, and remembered
 * in {@code activity_line_item}. Concurrent first submissions (threads or instances) race for a
 * reservation row; the others wait until the winner has stored the URL. A reservation left by a
 * crashed worker expires, and the next one lists the container again before creating anything.
 */
final class ActivityLineItems {

    /** Thrown when another worker is finding or creating the line item right now: try again shortly. */
    static final class Busy extends Exception {
        Busy() {
            super("another worker is finding or creating the line item", null, false, false);
        }
    }

    static final String TAG = "recall-quiz";
    static final Duration RESERVATION = Duration.ofMinutes(2);

    private final Sql sql;
    private final AgsClient client;
    private final Clock clock;

    ActivityLineItems(Sql sql, AgsClient client, Clock clock) {
        this.sql = sql;
        this.client = client;
        this.clock = clock;
    }

    static String resourceId(long activityId) {
        return "recall-activity-" + activityId;
    }

    URI lineItemFor(OutboxRow row, Platform platform) throws AgsException, Busy {
        if (row.lineItemUrl() != null) {
            return row.lineItemUrl();
        }
        if (row.lineItemsUrl() == null) {
            throw AgsException.configuration("score", "The launch named no line item and no line items service:"
                    + " the platform does not take grades for this link.");
        }
        Optional<URI> known = stored(row.activityId());
        if (known.isPresent()) {
            return known.get();
        }
        if (!reserve(row.activityId())) {
            throw new Busy();
        }
        try {
            var activity = sql.one("SELECT resource_link_id, title, points FROM activity WHERE id = ?",
                    rs -> new LineItem(null, title(rs.getString("title")),
                            points(Sql.integerOrNull(rs, "points"), row.scoreMaximum()),
                            resourceId(row.activityId()), TAG, rs.getString("resource_link_id")),
                    row.activityId()).orElseThrow(() -> AgsException.configuration("score", "The activity no longer exists in Recall."));
            LineItem item = client.findLineItem(platform, row.scopes(), row.lineItemsUrl(), activity.resourceLinkId(),
                            activity.resourceId(), TAG)
                    .orElse(null);
            if (item == null) {
                item = client.createLineItem(platform, row.scopes(), row.lineItemsUrl(), activity);
            }
            sql.update("UPDATE activity_line_item SET lineitem_url = ?, claimed_until = NULL, updated_at = ?"
                    + " WHERE activity_id = ?", item.id().toString(), clock.instant(), row.activityId());
            return item.id();
        } catch (AgsException | RuntimeException e) {
            sql.update("UPDATE activity_line_item SET claimed_until = NULL WHERE activity_id = ? AND lineitem_url IS NULL",
                    row.activityId());
            throw e;
        }
    }

    Optional<URI> stored(long activityId) {
        return sql.one("SELECT lineitem_url FROM activity_line_item WHERE activity_id = ? AND lineitem_url IS NOT NULL",
                rs -> URI.create(rs.getString(1)), activityId);
    }

    private boolean reserve(long activityId) {
        Instant now = clock.instant();
        try {
            sql.update("INSERT INTO activity_line_item (activity_id, lineitem_url, claimed_until, updated_at)"
                    + " VALUES (?, NULL, ?, ?)", activityId, now.plus(RESERVATION), now);
            return true;
        } catch (StoreException alreadyThere) {
            return sql.update("UPDATE activity_line_item SET claimed_until = ?, updated_at = ? WHERE activity_id = ?"
                            + " AND lineitem_url IS NULL AND (claimed_until IS NULL OR claimed_until < ?)",
                    now.plus(RESERVATION), now, activityId, now) == 1;
        }
    }

    private static String title(String title) {
        return title == null || title.isBlank() ? "Recall quiz" : title;
    }

    private static double points(Integer points, Double scoreMaximum) {
        if (points != null && points > 0) {
            return points;
        }
        return scoreMaximum != null && scoreMaximum > 0 ? scoreMaximum : 1;
    }
}
