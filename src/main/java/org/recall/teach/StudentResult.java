package org.recall.teach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recall.activity.StudyMode;
import org.recall.study.Mastery;

/**
 * One student's row of the results view and its CSV export.
 *
 * @param name          as the platform shared it at the latest launch; null when it did not
 * @param best          highest attempt score; null before the first submitted attempt (so is latest)
 * @param cardsKnown    cards the student knows now (FSRS mastery known or mastered)
 * @param mastery       how many of the deck's cards are at each {@link Mastery}, by code, in the enum's order
 * @param dueNow        cards due for review now
 * @param modeSeconds   seconds spent in each mode, by mode code (every mode present)
 * @param bestMatchMillis best Match time; null before a finished game
 * @param gradeSync     the latest grade outbox row's status: none, pending, sent or failed
 */
public record StudentResult(
        String userSub,
        String name,
        String email,
        int attempts,
        Double best,
        Double latest,
        Double maxScore,
        long timeSpentSeconds,
        int cardsKnown,
        int cardsTotal,
        Map<String, Integer> mastery,
        int dueNow,
        Map<String, Long> modeSeconds,
        Integer bestMatchMillis,
        String gradeSync) {

    public static final List<String> CSV_HEADER = header();

    public StudentResult {
        mastery = Collections.unmodifiableMap(new LinkedHashMap<>(mastery));
        modeSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(modeSeconds));
    }

    private static List<String> header() {
        var header = new ArrayList<>(List.of("Name", "Email", "User id", "Attempts", "Best score", "Latest score",
                "Maximum", "Time spent (seconds)", "Cards known", "Cards total"));
        Arrays.stream(Mastery.values()).map(m -> "Mastery: " + m.code().replace('_', ' ')).forEach(header::add);
        header.add("Cards due now");
        Arrays.stream(StudyMode.values()).map(m -> "Seconds in " + m.code()).forEach(header::add);
        header.add("Best Match (seconds)");
        header.add("Grade sync");
        return List.copyOf(header);
    }

    /** What to call the student: the name, else the email, else the LTI user id. */
    public String displayName() {
        return name != null ? name : email != null ? email : userSub;
    }

    public List<String> csvCells() {
        var cells = new java.util.ArrayList<String>(List.of(text(name), text(email), userSub,
                Integer.toString(attempts), number(best), number(latest), number(maxScore),
                Long.toString(timeSpentSeconds), Integer.toString(cardsKnown), Integer.toString(cardsTotal)));
        Arrays.stream(Mastery.values()).forEach(m -> cells.add(Integer.toString(mastery.getOrDefault(m.code(), 0))));
        cells.add(Integer.toString(dueNow));
        Arrays.stream(StudyMode.values()).forEach(m -> cells.add(Long.toString(modeSeconds.getOrDefault(m.code(), 0L))));
        cells.add(bestMatchMillis == null ? "" : number(bestMatchMillis / 1000.0));
        cells.add(gradeSync);
        return cells;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static String number(Double d) {
        if (d == null) {
            return "";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : Double.toString(Math.round(d * 100) / 100.0);
    }
}
