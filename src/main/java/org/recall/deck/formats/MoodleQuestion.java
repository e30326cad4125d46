package org.recall.deck.formats;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.recall.json.Json;

/**
 * One {@code <question>} of a Moodle XML file as an item of the deck, by its type. Fractions are
 * percentages of the mark: a single-choice, short or numeric answer counts as right in Recall only at
 * 100 (a note says when partial credit is dropped); a multiple-answer option is right when its fraction
 * is above 0, and Recall's own partial-credit rule then applies.
 */
final class MoodleQuestion {

    static final String NO_RIGHT_ANSWER = "has no answer with fraction 100";
    static final String NOT_A_NUMBER = "has a numerical answer that is not a number: ";
    static final String TOO_FEW = "has fewer than two answers";

    private static final BigDecimal FULL = BigDecimal.valueOf(100);
    private static final Set<String> TRUE_WORDS = Set.of("true", "1", "yes");

    private MoodleQuestion() {
    }

    static void read(XmlTree q, String type, String name, String section, DeckDraft draft, String where) {
        Labels labels = new Labels(section, MoodleXmlImport.tags(q));
        String id = ImportText.plain(q.textOf("idnumber"));
        if (type.equals("description")) {
            JsonObjectBuilder card = Json.createObjectBuilder().add("prompt", ImportText.fromPlain(name, draft))
                    .add("answer", field(q, "questiontext", draft, where));
            labels.asCard(card);
            draft.card(card, where);
            return;
        }
        if (type.equals("essay")) {
            essay(q, draft, where);
            return;
        }
        Explanation explanation = new Explanation(draft, where);
        if (q.first("generalfeedback").isPresent()) {
            explanation.general(field(q, "generalfeedback", draft, where));
        }
        JsonObjectBuilder question = switch (type) {
            case "multichoice" -> choice(q, draft, where, explanation);
            case "truefalse" -> trueFalse(q, draft, where, explanation);
            case "shortanswer" -> shortAnswer(q, draft, where, explanation);
            case "numerical" -> numerical(q, draft, where, explanation);
            case "matching" -> matching(q, draft, where);
            default -> {
                draft.skip(where, name, type);
                yield null;
            }
        };
        if (question == null) {
            return;
        }
        question.add("prompt", field(q, "questiontext", draft, where));
        explanation.addTo(question);
        labels.addTo(question);
        draft.question(question, where, id.isEmpty() ? null : id);
    }

    private static String field(XmlTree q, String name, DeckDraft draft, String where) {
        return q.first(name).map(f -> MoodleXmlImport.text(f, draft, where)).orElse("");
    }

    private static BigDecimal fraction(XmlTree answer) {
        try {
            return new BigDecimal(answer.attribute("fraction") == null ? "0" : answer.attribute("fraction").strip());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    private static boolean full(XmlTree answer) {
        return fraction(answer).compareTo(FULL) == 0;
    }

    private static String plainText(XmlTree element) {
        return ImportText.plain(element.first("text").map(XmlTree::text).orElse(element.text()));
    }

    private static String feedback(XmlTree answer, DeckDraft draft, String where) {
        return answer.first("feedback").map(f -> MoodleXmlImport.text(f, draft, where)).orElse(null);
    }

    private static JsonObjectBuilder choice(XmlTree q, DeckDraft draft, String where, Explanation explanation) {
        boolean single = TRUE_WORDS.contains(q.textOf("single").toLowerCase(java.util.Locale.ROOT));
        List<XmlTree> answers = q.all("answer");
        if (answers.size() < 2) {
            draft.error(where, TOO_FEW);
            return null;
        }
        JsonArrayBuilder options = Json.createArrayBuilder();
        JsonArrayBuilder correct = Json.createArrayBuilder();
        String correctId = null;
        for (int i = 0; i < answers.size(); i++) {
            XmlTree answer = answers.get(i);
            String id = String.valueOf((char) ('a' + Math.min(i, 25)));
            options.add(Json.createObjectBuilder().add("id", id).add("text", MoodleXmlImport.text(answer, draft, where)));
            explanation.forAnswer(plainText(answer), feedback(answer, draft, where));
            BigDecimal fraction = fraction(answer);
            if (single && full(answer) && correctId == null) {
                correctId = id;
            } else if (single && fraction.signum() > 0) {
                draft.note(where, "answer \"" + plainText(answer) + "\" gave " + fraction.stripTrailingZeros().toPlainString()
                        + "% in Moodle: Recall counts only the right answer of a single-choice question");
            } else if (!single && fraction.signum() > 0) {
                correct.add(id);
            }
        }
        if (single ? correctId == null : answers.stream().noneMatch(a -> fraction(a).signum() > 0)) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        return single ? Json.createObjectBuilder().add("options", options).add("correctOptionId", correctId)
                : Json.createObjectBuilder().add("type", "multiple-answer").add("options", options)
                        .add("correctOptionIds", correct);
    }

    private static JsonObjectBuilder trueFalse(XmlTree q, DeckDraft draft, String where, Explanation explanation) {
        Boolean correct = null;
        for (XmlTree answer : q.all("answer")) {
            boolean isTrue = plainText(answer).equalsIgnoreCase("true");
            explanation.forAnswer(isTrue ? "True" : "False", feedback(answer, draft, where));
            if (full(answer)) {
                correct = isTrue;
            }
        }
        if (correct == null) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        return Json.createObjectBuilder().add("type", "true-false").add("correct", correct);
    }

    private static JsonObjectBuilder shortAnswer(XmlTree q, DeckDraft draft, String where, Explanation explanation) {
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        int count = 0;
        for (XmlTree answer : q.all("answer")) {
            String text = plainText(answer);
            if (full(answer)) {
                accepted.add(text);
                count++;
                explanation.forAnswer(text, feedback(answer, draft, where));
            } else if (fraction(answer).signum() > 0) {
                draft.note(where, "answer \"" + text + "\" gave " + fraction(answer).stripTrailingZeros().toPlainString()
                        + "% in Moodle: Recall accepts only answers worth full marks");
            }
        }
        if (count == 0) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        JsonObjectBuilder question = Json.createObjectBuilder().add("type", "short-answer").add("acceptedAnswers", accepted);
        if (TRUE_WORDS.contains(q.textOf("usecase").toLowerCase(java.util.Locale.ROOT))) {
            question.add("caseSensitive", true);
        }
        return question;
    }

    private static JsonObjectBuilder numerical(XmlTree q, DeckDraft draft, String where, Explanation explanation) {
        BigDecimal[] kept = null;
        for (XmlTree answer : q.all("answer")) {
            String text = plainText(answer);
            if (text.equals("*")) {
                continue; // Moodle's "any other answer", for its feedback
            }
            BigDecimal[] number = GiftAnswers.number(text + ":" + (answer.textOf("tolerance").isEmpty() ? "0"
                    : ImportText.plain(answer.textOf("tolerance"))));
            if (number == null) {
                draft.error(where, NOT_A_NUMBER + text);
                return null;
            }
            if (full(answer) && kept == null) {
                kept = number;
                explanation.forAnswer(text, feedback(answer, draft, where));
            } else if (fraction(answer).signum() > 0 || full(answer)) {
                draft.note(where, "numerical answer " + text + " was not kept: Recall keeps one right value with its"
                        + " tolerance");
            }
        }
        if (q.first("units").map(u -> !u.all("unit").isEmpty()).orElse(false)) {
            draft.note(where, "units were not imported: the student types the number only");
        }
        if (kept == null) {
            draft.error(where, NO_RIGHT_ANSWER);
            return null;
        }
        JsonObjectBuilder question = Json.createObjectBuilder().add("type", "numeric").add("value", kept[0]);
        return kept[1].signum() == 0 ? question : question.add("tolerance", kept[1]);
    }

    private static JsonObjectBuilder matching(XmlTree q, DeckDraft draft, String where) {
        JsonArrayBuilder pairs = Json.createArrayBuilder();
        JsonArrayBuilder distractors = Json.createArrayBuilder();
        boolean anyDistractor = false;
        int n = 0;
        for (XmlTree sub : q.all("subquestion")) {
            String prompt = MoodleXmlImport.text(sub, draft, where);
            String answer = sub.first("answer").map(MoodleQuestion::plainText).orElse("");
            if (ImportText.plain(prompt).isEmpty() && !prompt.contains("<img")) {
                distractors.add(answer); // Moodle: a subquestion without text is an extra wrong answer
                anyDistractor = true;
                continue;
            }
            n++;
            pairs.add(Json.createObjectBuilder().add("id", "p" + n).add("prompt", prompt).add("answer", answer));
        }
        JsonObjectBuilder question = Json.createObjectBuilder().add("type", "matching").add("pairs", pairs);
        return anyDistractor ? question.add("distractors", distractors) : question;
    }

    /**
     * An essay becomes an explain prompt. Its grader information (never shown to students in Moodle) gives
     * the key concepts only as a list ({@code <li>}), and the hint only as a paragraph starting "Hint:",
     * which is how Recall's own export writes them; other grader notes stay out of the student's page.
     */
    private static void essay(XmlTree q, DeckDraft draft, String where) {
        JsonObjectBuilder prompt = Json.createObjectBuilder().add("prompt", field(q, "questiontext", draft, where));
        JsonArrayBuilder concepts = Json.createArrayBuilder();
        String info = q.first("graderinfo").map(g -> g.first("text").map(XmlTree::text).orElse(g.text())).orElse("");
        Document graderInfo = Jsoup.parseBodyFragment("html".equals(q.first("graderinfo").map(g -> g.attribute("format"))
                .orElse(null)) ? info : ImportText.plainToHtml(info));
        for (Element item : graderInfo.body().getElementsByTag("li")) {
            concepts.add(item.text().strip());
        }
        for (Element paragraph : graderInfo.body().getElementsByTag("p")) {
            String text = paragraph.text().strip();
            if (text.regionMatches(true, 0, "Hint:", 0, 5)) {
                prompt.add("hint", ImportText.fromPlain(text.substring(5).strip(), draft));
                break;
            }
        }
        draft.explainPrompt(prompt.add("keyConcepts", concepts), where);
    }
}
