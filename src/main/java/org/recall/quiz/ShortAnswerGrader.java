package org.recall.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.recall.deck.ShortAnswer;

/**
 * Short answer: 1 when the typed text matches one of the accepted answers, else 0. Both sides are put in
 * Unicode normalisation form C (a precomposed "é" equals "e" and a combining accent), stripped of blanks
 * at both ends, and runs of blanks inside become one space; letter case is ignored unless the question
 * is case sensitive (Unicode lower case, the same in every locale). In an accepted answer {@code *}
 * matches any characters, none included, as in Moodle's short-answer question; {@code \*} is a star.
 */
public final class ShortAnswerGrader implements QuestionGrader<ShortAnswer> {

    private static final Pattern BLANKS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public double credit(ShortAnswer question, Answer answer) {
        if (!(answer instanceof Answer.Text text)) {
            return 0;
        }
        String typed = normalise(text.text(), question.caseSensitive());
        return question.acceptedAnswers().stream()
                .anyMatch(accepted -> pattern(normalise(accepted, question.caseSensitive())).matcher(typed).matches())
                ? 1 : 0;
    }

    static String normalise(String text, boolean caseSensitive) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String blanks = BLANKS.matcher(nfc.strip()).replaceAll(" ");
        return caseSensitive ? blanks : blanks.toLowerCase(Locale.ROOT);
    }

    /** The accepted answer as a regular expression: literal text, {@code *} any run of characters. */
    static Pattern pattern(String accepted) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < accepted.length(); i++) {
            char c = accepted.charAt(i);
            if (c == '\\' && i + 1 < accepted.length() && accepted.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
