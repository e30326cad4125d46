package org.recall.lti.ags;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A score publish (AGS 2.0 §3.4). Sample:
 * <pre>{@code
 * {"userId": "5", "scoreGiven": 8.0, "scoreMaximum": 10.0, "activityProgress": "Completed",
 *  "gradingProgress": "FullyGraded", "timestamp": "2026-11-03T10:15:30.123Z", "comment": "8 of 10"}
 * }</pre>
 *
 * @param scoreGiven null for a progress-only score (then scoreMaximum is left out too, §3.4.5)
 * @param timestamp  strictly increasing per user and line item (§3.4.7); sent with milliseconds and offset
 */
public record Score(String userId, Double scoreGiven, Double scoreMaximum, String activityProgress,
        String gradingProgress, Instant timestamp, String comment) {

    /** ISO 8601 with milliseconds and an explicit offset, e.g. {@code 2026-11-03T10:15:30.123Z}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
            .withZone(ZoneOffset.UTC);

    public Score {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        Objects.requireNonNull(timestamp, "timestamp");
        if (scoreGiven != null && scoreMaximum == null) {
            throw new IllegalArgumentException("scoreMaximum is required with scoreGiven (AGS 2.0 §3.4.5)");
        }
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("userId", userId);
        if (scoreGiven != null) {
            json.put("scoreGiven", scoreGiven);
            json.put("scoreMaximum", scoreMaximum);
        }
        json.put("activityProgress", activityProgress);
        json.put("gradingProgress", gradingProgress);
        json.put("timestamp", TIMESTAMP.format(timestamp));
        if (comment != null && !comment.isBlank()) {
            json.put("comment", comment);
        }
        return json;
    }
}
