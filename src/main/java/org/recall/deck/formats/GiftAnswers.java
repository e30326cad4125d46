package org.recall.deck.formats;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recall.json.Json;

/**
 * The answer block of a GIFT question (between its braces, general feedback removed) as the question
 * of the deck format, following Moodle's reading of each type (question/format/gift/format.php readquestion).
 * Weights {@code %50%} give partial credit in Moodle: a single-choice or short answer or numeric answer
 * with less than full credit is not a right answer in Recall, and a note says so.
 */
final class GiftAnswers {

    static final String NO_RIGHT_ANSWER = "has no answer marked right (= or a weight of %100%)";
    static final String NOT_A_NUMBER = "has a numeric answer that is not a number: ";
    static final String NO_ARROW = "has a matching pair without -> : ";
    static final String TOO_FEW = "has fewer than two answers";

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d+)?)%");
    private static final List<String> TRUE_FALSE = List.of("T", "TRUE", "F", "FALSE");

    private GiftAnswers() {
    }

    /** The question without prompt, explanation and labels; null when an error was recorded. */
    static JsonObjectBuilder read(String answers, GiftImport.GiftFormat format, DeckDraft draft, String where,
            Explanation explanation) {
        if (answers.startsWith("#")) {
            return numeric(answers.substring(1), draft, where, explanation, format);
        }
        if (answers.contains("~")) {
            return choice(answers, draft, where, explanation, format);
        }
        if (answers.contains("=") && answers.contains("->")) {
            return matching(answers, draft, where, explanation, format);
        }
        String[] feedbacks = answers.split("#", 3);
        if (TRUE_FALSE.contains(feedbacks[0].strip())) {
            boolean correct = feedbacks[0].strip().startsWith("T");
            // Moodle: the first feedback is shown for the wrong answer, the second for the right one.
            if (feedbacks.length > 1) {
                explanation.forAnswer(correct ? "False" : "True", format.text(feedbacks[1], draft, where));
            }
            if (feedbacks.length > 2) {
                explanation.forAnswer(correct ? "True" : "False", format.text(feedbacks[2], draft, where));
            }
            return Json.createObjectBuilder().add("type", "true-false").add("correct", correct);
        }
        return shortAnswer(answers, draft, where, explanation, format);
    }

    /** One answer of a list: its weight (percent; null when unmarked), text and feedback. */
    private record Answer(BigDecimal weight, String text, String feedback) {

        static Answer of(String raw, BigDecimal unmarked) {
            String answer = raw.strip();
            BigDecimal weight = unmarked;
            if (answer.startsWith("=")) {
                weight = BigDecimal.valueOf(100);
                answer = answer.substring(1).strip();
            }
            Matcher m = WEIGHT.matcher(answer);
            if (m.find()) {
                weight = new BigDecimal(m.group(1));
                answer = answer.substring(m.end()).strip();
            }
            int hash = answer.indexOf('#');
            String feedback = hash >= 0 ? answer.substring(hash + 1).strip() : null;
            return new Answer(weight, (hash >= 0 ? answer.substring(0, hash) : answer).strip(), feedback);
        }

        boolean full() {
            return weight != null && weight.compareTo(BigDecimal.valueOf(100)) == 0;
        }

        boolean partial() {
            return weight != null && weight.signum() > 0 && !full();
        }
    }

    private static List<String> split(String answers, String marks) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (char c : answers.toCharArray()) {
            if (marks.indexOf(c) >= 0 && !part.toString().isBlank()) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(c);
        }
        if (!part.toString().isBlank()) {
            parts.add(part.toString());
        }
        return parts;
    }

    private static JsonObjectBuilder choice(String answers, DeckDraft draft, String where, Explanation explanation,
            GiftImport.GiftFormat format) {
        boolean single = answers.contains("=");
        List<Answer> list = split(answers, "~=").stream()
                .map(raw -> Answer.of(raw.startsWith("~") ? raw.substring(1) : raw, BigDecimal.ZERO)).toList();
        if (list.size() < 2) {
            draft.error(where, TOO_FEW);
            return null;
        }
        JsonArrayBuilder options = Json.createArrayBuilder();
        JsonArrayBuilder correct = Json.createArrayBuilder();
        String correctId = null;
        for (int i = 0; i < list.size(); i++) {
            Answer a = list.get(i);
            String id = String.valueOf((char) ('a' + Math.min(i, 25)));
            String text = format.text(a.text(), draft, where);
            options.add(Json.createObjectBuilder().add("id", id).add("text", text));
            explanation.forAnswer(ImportText.plain(GiftText.restore(a.text())), a.feedback() == null ? null
                    : format.text(a.feedback(), draft, where));
            if (single && a.full() && correctId == null) {
                correctId = id;
            } else if (single && a.partial()) {
                draft.note(where, "answer \"" + ImportText.plain(GiftText.restore(a.text())) + "\" gave " + a.weight()
                        + "% in Moodle: Recall counts only the right answer of a single-choice question");
            } else if (!single && a.weight().signum() > 0) {
                correct.add(id);
            }
        }
        if (single ? correctId == null : list.stream().noneMatch(a -> a.weight().signum() > 0)) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        return single ? Json.createObjectBuilder().add("options", options).add("correctOptionId", correctId)
                : Json.createObjectBuilder().add("type", "multiple-answer").add("options", options)
                        .add("correctOptionIds", correct);
    }

    private static JsonObjectBuilder shortAnswer(String answers, DeckDraft draft, String where, Explanation explanation,
            GiftImport.GiftFormat format) {
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        int count = 0;
        for (String raw : split(answers, "=")) {
            Answer a = Answer.of(raw, BigDecimal.valueOf(100));
            String text = ImportText.plain(GiftText.restore(a.text()));
            if (a.full()) {
                accepted.add(text);
                count++;
                explanation.forAnswer(text, a.feedback() == null ? null : format.text(a.feedback(), draft, where));
            } else if (a.partial()) {
                draft.note(where, "answer \"" + text + "\" gave " + a.weight() + "% in Moodle: Recall accepts only"
                        + " answers worth full marks");
            }
        }
        if (count == 0) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        return Json.createObjectBuilder().add("type", "short-answer").add("acceptedAnswers", accepted);
    }

    private static JsonObjectBuilder numeric(String answers, DeckDraft draft, String where, Explanation explanation,
            GiftImport.GiftFormat format) {
        int wrongFeedback = answers.indexOf('~');
        String list = wrongFeedback >= 0 ? answers.substring(0, wrongFeedback) : answers;
        BigDecimal[] kept = null;
        for (String raw : split(list, "=")) {
            Answer a = Answer.of(raw, BigDecimal.valueOf(100));
            BigDecimal[] valueAndTolerance = number(GiftText.restore(a.text()));
            if (valueAndTolerance == null) {
                draft.error(where, NOT_A_NUMBER + GiftText.restore(a.text()));
                return null;
            }
            if (a.full() && kept == null) {
                kept = valueAndTolerance;
                explanation.forAnswer(GiftText.restore(a.text()), a.feedback() == null ? null
                        : format.text(a.feedback(), draft, where));
            } else {
                draft.note(where, "numeric answer " + GiftText.restore(a.text()) + " (" + a.weight() + "%) was not kept:"
                        + " Recall keeps one right value with its tolerance");
            }
        }
        if (kept == null) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        JsonObjectBuilder question = Json.createObjectBuilder().add("type", "numeric").add("value", kept[0]);
        if (kept[1].signum() != 0) {
            question.add("tolerance", kept[1]);
        }
        return question;
    }

    /** {@code 3}, {@code 3:0.5} or {@code 2..4} (GIFT numerical) as value and tolerance; null when not numbers. */
    static BigDecimal[] number(String text) {
        try {
            String t = text.strip();
            int range = t.indexOf("..");
            if (range > 0) {
                BigDecimal min = new BigDecimal(t.substring(0, range).strip());
                BigDecimal max = new BigDecimal(t.substring(range + 2).strip());
                BigDecimal value = min.add(max).divide(BigDecimal.valueOf(2), 12, RoundingMode.HALF_EVEN).stripTrailingZeros();
                return new BigDecimal[] {plain(value), plain(max.subtract(value).abs())};
            }
            int colon = t.indexOf(':');
            if (colon > 0) {
                return new BigDecimal[] {plain(new BigDecimal(t.substring(0, colon).strip())),
                        plain(new BigDecimal(t.substring(colon + 1).strip()).abs())};
            }
            return new BigDecimal[] {plain(new BigDecimal(t)), BigDecimal.ZERO};
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static JsonObjectBuilder matching(String answers, DeckDraft draft, String where, Explanation explanation,
            GiftImport.GiftFormat format) {
        JsonArrayBuilder pairs = Json.createArrayBuilder();
        JsonArrayBuilder distractors = Json.createArrayBuilder();
        int n = 0;
        boolean anyDistractor = false;
        for (String raw : split(answers, "=")) {
            String pair = raw.strip().substring(raw.strip().startsWith("=") ? 1 : 0);
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                draft.error(where, NO_ARROW + GiftText.restore(pair));
                return null;
            }
            String prompt = pair.substring(0, arrow).strip();
            String answer = ImportText.plain(GiftText.restore(pair.substring(arrow + 2)));
            if (prompt.isEmpty()) {
                distractors.add(answer);
                anyDistractor = true;
                continue;
            }
            n++;
            pairs.add(Json.createObjectBuilder().add("id", "p" + n).add("prompt", format.text(prompt, draft, where))
                    .add("answer", answer));
        }
        JsonObjectBuilder question = Json.createObjectBuilder().add("type", "matching").add("pairs", pairs);
        return anyDistractor ? question.add("distractors", distractors) : question;
    }
}
