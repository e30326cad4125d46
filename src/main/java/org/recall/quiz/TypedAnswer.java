package org.recall.quiz;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A typed answer compared with a card's back, as Write does in the page ({@code js/modes/answer-compare.js})
 * and the Practice test does on the server: case, accents, punctuation and runs of whitespace are folded
 * away, then a few typos are forgiven, one per ten characters of the expected answer (none under four),
 * counted as the optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). Both
 * implementations pass the same vectors ({@code src/test/resources/typed-answers.json}).
 */
public final class TypedAnswer {

    private TypedAnswer() {
    }

    /** "Café, au  LAIT!" becomes "cafe au lait". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("\\p{P}+", " ")
                .replaceAll("(?U)\\s+", " ").strip();
    }

    public static int allowedEdits(int length) {
        return length < 4 ? 0 : Math.max(1, length / 10);
    }

    /** Whether {@code typed} counts as {@code expected}: equal once folded, or within the allowed edits. */
    public static boolean accepts(String typed, String expected) {
        String a = fold(typed);
        String b = fold(expected);
        if (a.isEmpty()) {
            return false;
        }
        int allowed = allowedEdits(b.codePointCount(0, b.length()));
        return a.equals(b) || distance(a, b) <= allowed;
    }

    /** Insertions, deletions, substitutions and swaps of adjacent characters each cost one. */
    public static int distance(String first, String second) {
        int[] x = first.codePoints().toArray();
        int[] y = second.codePoints().toArray();
        int[] before = null;
        int[] previous = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            int[] row = new int[y.length + 1];
            row[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                row[j] = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
                if (before != null && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    row[j] = Math.min(row[j], before[j - 2] + 1);
                }
            }
            before = previous;
            previous = row;
        }
        return previous[y.length];
    }
}
