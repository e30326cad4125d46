package org.recall.testplatform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform's gradebook as {@link AgsEndpoints} serves it: line items, and what each holds for each user, with
 * the rules of the platform's {@link Profile} for a score publish (AGS 2.0 §3.4):
 * <ul>
 *   <li>Moodle ({@code gradebookservices/classes/local/resources/scores.php}): 400 without userId, timestamp,
 *       gradingProgress or activityProgress, or for a user not gradable in the course; 409 when the stored grade's
 *       time is not earlier, compared in whole seconds ({@code strtotime}); a score not {@code FullyGraded} clears
 *       the grade; the grade is rescaled to the item's maximum.</li>
 *   <li>Canvas ({@code app/controllers/lti/ims/scores_controller.rb}): 422 for a user who is not a student and
 *       for {@code scoreGiven} without {@code scoreMaximum}; 400 for a timestamp before the result's last update;
 *       {@code scoreGiven} counts only when {@code FullyGraded} or {@code PendingManual}; the
 *       {@code https://canvas.instructure.com/lti/submission} extension is taken.</li>
 *   <li>Strict (AGS 2.0 §3.4): 400 for {@code scoreGiven} without {@code scoreMaximum}; a score older than the
 *       one held changes nothing (§3.4.7).</li>
 * </ul>
 */
public final class Gradebook {

    /** What the platform holds for one user in one line item; {@code grade} on the item's scale, null when cleared. */
    public record Held(Double grade, Double scoreGiven, Double scoreMaximum, Instant timestamp, String comment,
            Map<String, Object> submission) {
    }

    /** The answer to a score publish: the status, or an error the endpoint words the profile's way. */
    record Outcome(int status, String error) {
        static final Outcome ACCEPTED = new Outcome(200, null);
    }

    private final Profile profile;
    final List<Map<String, Object>> lineItems = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Held>> results = new ConcurrentHashMap<>();
    private final Set<String> notStudents = ConcurrentHashMap.newKeySet();

    Gradebook(Profile profile) {
        this.profile = profile;
    }

    /** Marks a user as no student of the course (an instructor): Canvas answers 422, Moodle 400. */
    public void notAStudent(String userId) {
        notStudents.add(userId);
    }

    public Optional<Held> held(String lineItemId, String userId) {
        return Optional.ofNullable(results.getOrDefault(lineItemId, Map.of()).get(userId));
    }

    public Optional<Map<String, Object>> lineItem(String id) {
        return lineItems.stream().filter(i -> id.equals(String.valueOf(i.get("id")))).findFirst();
    }

    Map<String, Held> resultsOf(String lineItemId) {
        return results.getOrDefault(lineItemId, Map.of());
    }

    synchronized Outcome publish(String lineItemId, Map<String, Object> score) {
        Object user = score.get("userId");
        Instant timestamp = timestamp(score.get("timestamp"));
        if (!(user instanceof String userId) || timestamp == null || !(score.get("gradingProgress") instanceof String progress)
                || !(score.get("activityProgress") instanceof String)) {
            return new Outcome(400, "Incorrect score received");
        }
        Double given = number(score.get("scoreGiven"));
        Double maximum = number(score.get("scoreMaximum"));
        if (notStudents.contains(userId)) {
            return profile == Profile.CANVAS ? new Outcome(422, "User not found in course or is not a student")
                    : new Outcome(400, "Incorrect score received");
        }
        if (given != null && maximum == null && profile != Profile.MOODLE) {
            return profile == Profile.CANVAS ? new Outcome(422, "ScoreMaximum not supplied when ScoreGiven present.")
                    : new Outcome(400, "scoreMaximum is required with scoreGiven");
        }
        Held before = resultsOf(lineItemId).get(userId);
        if (before != null) {
            switch (profile) {
                case MOODLE -> {
                    if (before.timestamp().getEpochSecond() >= timestamp.getEpochSecond()) {
                        return new Outcome(409, "Refusing score with an earlier timestamp for item " + lineItemId);
                    }
                }
                case CANVAS -> {
                    if (before.timestamp().isAfter(timestamp)) {
                        return new Outcome(400, "Provided timestamp of " + score.get("timestamp")
                                + " before last updated timestamp");
                    }
                }
                case STRICT -> {
                    if (!timestamp.isAfter(before.timestamp())) {
                        return Outcome.ACCEPTED; // §3.4.7: the platform keeps the later one
                    }
                }
            }
        }
        boolean counts = profile == Profile.CANVAS ? progress.equals("FullyGraded") || progress.equals("PendingManual")
                : progress.equals("FullyGraded");
        double of = maximum == null ? 1 : maximum;
        // Moodle and Canvas both clear the grade for a score that does not count.
        Double grade = given != null && counts ? given / of * itemMaximum(lineItemId) : null;
        @SuppressWarnings("unchecked")
        Map<String, Object> submission = score.get("https://canvas.instructure.com/lti/submission") instanceof Map<?, ?> m
                && profile == Profile.CANVAS ? (Map<String, Object>) m : null;
        results.computeIfAbsent(lineItemId, k -> new ConcurrentHashMap<>()).put(userId, new Held(grade, given, maximum,
                timestamp, score.get("comment") == null ? null : score.get("comment").toString(), submission));
        return Outcome.ACCEPTED;
    }

    Map<String, Object> resultJson(String lineItemId, String userId, Held held) {
        var json = new LinkedHashMap<String, Object>();
        json.put("id", lineItemId.replaceAll("\\?.*", "") + "/results/" + userId);
        json.put("scoreOf", lineItemId);
        json.put("userId", userId);
        if (held.grade() != null) {
            json.put("resultScore", held.grade());
            json.put("resultMaximum", itemMaximum(lineItemId));
        }
        if (held.comment() != null) {
            json.put("comment", held.comment());
        }
        return json;
    }

    private double itemMaximum(String lineItemId) {
        Double maximum = number(lineItem(lineItemId).map(i -> i.get("scoreMaximum")).orElse(null));
        return maximum == null ? 1 : maximum;
    }

    private static Instant timestamp(Object value) {
        try {
            return value instanceof String text ? OffsetDateTime.parse(text).toInstant() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
