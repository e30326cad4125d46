package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.recall.activity.StudyMode;
import org.recall.store.Sql;

/**
 * The time a student spends in each mode, per day of their own calendar: the teaching view's "time in
 * each mode" and the student's streak (days in a row with some study, ending today or yesterday).
 */
@ApplicationScoped
public class StudyTimes {

    /** The most one report may add: the page reports at least every minute while a mode is open. */
    public static final int MAX_SECONDS_PER_REPORT = 300;

    private Sql sql;

    public StudyTimes() {
    }

    public StudyTimes(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Adds {@code seconds} (1..300) spent in {@code mode} on {@code day}. */
    public void add(Learner learner, StudyMode mode, LocalDate day, int seconds) {
        if (seconds < 1 || seconds > MAX_SECONDS_PER_REPORT) {
            throw new IllegalArgumentException("seconds out of 1.." + MAX_SECONDS_PER_REPORT + ": " + seconds);
        }
        sql.inTransaction(c -> {
            int changed = Sql.update(c, "UPDATE study_time SET seconds = seconds + ? WHERE activity_id = ? AND user_sub = ?"
                    + " AND mode = ? AND study_day = ?", seconds, learner.activityId(), learner.userSub(), mode.code(), day);
            if (changed == 0) {
                Sql.update(c, "INSERT INTO study_time (activity_id, user_sub, mode, study_day, seconds) VALUES (?, ?, ?, ?, ?)",
                        learner.activityId(), learner.userSub(), mode.code(), day, seconds);
            }
            return null;
        });
    }

    /** Days in a row with some study, counting back from {@code today} (or from yesterday, if today has none yet). */
    public int streak(Learner learner, LocalDate today) {
        var days = new TreeSet<LocalDate>(sql.list("SELECT DISTINCT study_day FROM study_time WHERE activity_id = ?"
                + " AND user_sub = ? AND study_day <= ?", rs -> rs.getObject(1, LocalDate.class),
                learner.activityId(), learner.userSub(), today));
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /** Seconds per mode code of every student of the activity, by user id. */
    public Map<String, Map<String, Long>> byStudent(long activityId) {
        Map<String, Map<String, Long>> times = new HashMap<>();
        sql.list("SELECT user_sub, mode, SUM(seconds) FROM study_time WHERE activity_id = ? GROUP BY user_sub, mode",
                rs -> times.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3)),
                activityId);
        return times;
    }

    /** Seconds per mode of one student. */
    public Map<String, Long> of(Learner learner) {
        Map<String, Long> times = new LinkedHashMap<>();
        List.of(StudyMode.values()).forEach(m -> times.put(m.code(), 0L));
        sql.list("SELECT mode, SUM(seconds) FROM study_time WHERE activity_id = ? AND user_sub = ? GROUP BY mode",
                rs -> times.put(rs.getString(1), rs.getLong(2)), learner.activityId(), learner.userSub());
        return times;
    }
}
