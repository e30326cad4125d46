package org.recall.teach;

import java.util.List;

/**
 * One student's row of the results view and its CSV export.
 *
 * @param name          as the platform shared it at the latest launch; null when it did not
 * @param best          highest attempt score; null before the first submitted attempt (so is latest)
 * @param leitnerBoxes  how many of the deck's cards are in Leitner box 1..5 (a card never reviewed is in box 1)
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
        List<Integer> leitnerBoxes,
        String gradeSync) {

    public static final List<String> CSV_HEADER = List.of("Name", "Email", "User id", "Attempts", "Best score",
            "Latest score", "Maximum", "Time spent (seconds)", "Cards known", "Cards total",
            "Box 1", "Box 2", "Box 3", "Box 4", "Box 5", "Grade sync");

    public StudentResult {
        leitnerBoxes = List.copyOf(leitnerBoxes);
    }

    /** What to call the student: the name, else the email, else the LTI user id. */
    public String displayName() {
        return name != null ? name : email != null ? email : userSub;
    }

    public List<String> csvCells() {
        var cells = new java.util.ArrayList<String>(List.of(text(name), text(email), userSub,
                Integer.toString(attempts), number(best), number(latest), number(maxScore),
                Long.toString(timeSpentSeconds), Integer.toString(cardsKnown), Integer.toString(cardsTotal)));
        leitnerBoxes.forEach(n -> cells.add(Integer.toString(n)));
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
