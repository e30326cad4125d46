package org.recall.deck.formats;

import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recall.deck.CsvDeck;
import org.recall.deck.TextFormat;
import org.recall.json.Json;

/**
 * Reads a GIFT file (Moodle's text format, question/format/gift/format.php; docs.moodle.org "GIFT format")
 * into a deck. Questions are separated by blank lines; {@code //} lines are comments; {@code ::title::}
 * names a question; {@code $CATEGORY:} sets the section of the questions after it; {@code [html]},
 * {@code [plain]}, {@code [moodle]}, {@code [markdown]} before a text give its format (a deck with any
 * {@code [html]} text is an HTML deck). The answer block in braces decides the type, as Moodle decides it:
 * none: a description (a card); {@code {}}: an essay (an explain prompt); {@code {#…}}: numerical;
 * {@code ~}: multiple choice; {@code =…->…}: matching; {@code T}/{@code TRUE}/{@code F}/{@code FALSE}:
 * true/false; otherwise short answer. A block in the middle of the text makes a missing-word question
 * (the prompt shows "_____" in its place). {@code ####} starts the general feedback, which becomes the
 * explanation together with the answers' {@code #} feedback.
 */
public final class GiftImport {

    static final String BRACE = "has a { without its } (or a } without its {): escape braces in text as \\{ and \\}";

    private static final Pattern FORMAT = Pattern.compile("^\\[(html|plain|moodle|markdown)]");
    private static final Pattern HTML_TEXT = Pattern.compile("(?m)^(::[^\\n]*?::)?\\s*\\[html]");

    private GiftImport() {
    }

    public static ImportedDeck read(String file, CsvDeck.Parameters parameters, String source) {
        String hidden = GiftText.hide(file);
        DeckDraft draft = new DeckDraft(source, HTML_TEXT.matcher(hidden).find() ? TextFormat.HTML : TextFormat.PLAIN);
        String section = null;
        for (GiftBlock block : GiftBlock.split(hidden)) {
            if (draft.full()) {
                break;
            }
            String text = block.text();
            if (text.startsWith("$CATEGORY:")) {
                section = Sections.of(GiftText.restore(text.substring("$CATEGORY:".length())));
                continue;
            }
            question(block, section, draft);
        }
        return draft.build(parameters);
    }

    private static void question(GiftBlock block, String section, DeckDraft draft) {
        String text = block.text();
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end > 0) {
                title = GiftText.restore(text.substring(2, end)).strip();
                text = text.substring(end + 2).strip();
            }
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}', Math.max(open, 0));
        String name = title != null ? title : shortName(GiftText.restore(text));
        String where = "line " + block.line() + ", question \"" + name + "\"";
        if ((open < 0) != (close < 0) || (open >= 0 && text.indexOf('}') < open)) {
            draft.error(where, BRACE);
            return;
        }
        Labels labels = new Labels(section, block.tags());
        if (open < 0) {
            description(block, title, text, labels, draft, where);
            return;
        }
        String answers = text.substring(open + 1, close).strip();
        String questionText = close == text.length() - 1 ? text.substring(0, open) : text.substring(0, open) + "_____"
                + text.substring(close + 1);
        String general = null;
        int feedback = answers.lastIndexOf("####");
        if (feedback >= 0) {
            general = answers.substring(feedback + 4).strip();
            answers = answers.substring(0, feedback).strip();
        }
        GiftFormat format = GiftFormat.of(questionText);
        String prompt = format.text(questionText, draft, where);
        Explanation explanation = new Explanation(draft, where);
        if (general != null && !general.isEmpty()) {
            explanation.general(format.text(general, draft, where));
        }
        if (answers.isEmpty()) {
            JsonObjectBuilder essay = Json.createObjectBuilder().add("prompt", prompt);
            if (block.hint() != null) {
                essay.add("hint", ImportText.fromPlain(block.hint(), draft));
            }
            draft.explainPrompt(essay.add("keyConcepts", Json.createArrayBuilder(block.concepts())), where);
            return;
        }
        JsonObjectBuilder question = GiftAnswers.read(answers, format, draft, where, explanation);
        if (question == null) {
            return;
        }
        question.add("prompt", prompt);
        explanation.addTo(question);
        labels.addTo(question);
        draft.question(question, where, block.id());
    }

    /** A description becomes a card: the title (or the text's first sentence) is the prompt, the text the answer. */
    private static void description(GiftBlock block, String title, String text, Labels labels, DeckDraft draft,
            String where) {
        GiftFormat format = GiftFormat.of(text);
        String answer = format.text(text, draft, where);
        String prompt = title != null ? ImportText.fromPlain(title, draft)
                : ImportText.fromPlain(shortName(ImportText.plain(format.strip(GiftText.restore(text)))), draft);
        JsonObjectBuilder card = Json.createObjectBuilder().add("prompt", prompt).add("answer", answer);
        labels.asCard(card);
        draft.card(card, where);
    }

    /** Moodle's default name: the start of the text, at most 60 characters (create_default_question_name). */
    static String shortName(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        Matcher sentence = Pattern.compile("^(.{1,200}?[.?!])(\\s|$)").matcher(line);
        String name = sentence.find() ? sentence.group(1) : line;
        return name.length() > 60 ? name.substring(0, 57) + "…" : name;
    }

    /** The [format] prefix of a GIFT text and how its text enters the deck. */
    enum GiftFormat {
        HTML, PLAIN;

        static GiftFormat of(String text) {
            Matcher m = FORMAT.matcher(text.strip());
            return m.find() && m.group(1).equals("html") ? HTML : PLAIN;
        }

        String strip(String text) {
            return FORMAT.matcher(text.strip()).replaceFirst("").strip();
        }

        String text(String raw, DeckDraft draft, String where) {
            String text = GiftText.restore(strip(raw));
            return this == HTML ? ImportText.fromHtml(text, draft, where) : ImportText.fromPlain(text, draft);
        }
    }
}
