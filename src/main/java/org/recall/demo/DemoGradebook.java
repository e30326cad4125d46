package org.recall.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo course's gradebook, in memory: its one line item and the scores Recall sends it. Like Moodle,
 * it keeps one grade per student and refuses (409) a score whose timestamp is not later, at one-second
 * resolution, than the one it holds.
 */
@ApplicationScoped
public class DemoGradebook {

    /** What the gradebook holds for one student. */
    public record Entry(String userId, Double scoreGiven, Double scoreMaximum, String activityProgress,
            String gradingProgress, String comment, Instant timestamp, Instant receivedAt) {
    }

    static final String LINE_ITEM_ID = "1";
    static final String LABEL = "MLOps vs DevOps quiz";
    static final double SCORE_MAXIMUM = 100;

    private final Map<String, Entry> grades = new ConcurrentHashMap<>();

    /** Stores a score; false when it is not later than the stored one (the platform answers 409). */
    synchronized boolean accept(Entry score) {
        Entry held = grades.get(score.userId());
        if (held != null && score.timestamp().getEpochSecond() <= held.timestamp().getEpochSecond()) {
            return false;
        }
        grades.put(score.userId(), score);
        return true;
    }

    public Optional<Entry> grade(String userId) {
        return Optional.ofNullable(grades.get(userId));
    }

    public List<Entry> all() {
        var list = new ArrayList<>(grades.values());
        list.sort((a, b) -> a.userId().compareTo(b.userId()));
        return list;
    }
}
