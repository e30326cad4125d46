package org.recall.deck.formats;

import java.util.List;
import java.util.Set;
import org.recall.deck.CsvDeck;
import org.recall.deck.TextFormat;

/**
 * Reads a Moodle XML question bank (question/format/xml/format.php; docs.moodle.org "Moodle XML format")
 * into a deck: {@code multichoice} (single and multiple, {@code fraction} per answer), {@code truefalse},
 * {@code shortanswer}, {@code numerical}, {@code matching}, {@code essay} (an explain prompt),
 * {@code description} (a card) and {@code category} (the section of the questions after it). Any other
 * type (cloze, calculated, random, drag and drop…) is listed by name as skipped. A file whose texts are
 * HTML makes an HTML deck, its HTML cleaned to the subset Recall shows; plain-text fields stay plain.
 */
public final class MoodleXmlImport {

    static final String NOT_A_QUIZ = "must be a Moodle XML question bank: a <quiz> element holding <question> elements";
    static final String NO_TYPE = "has no type attribute";

    /** Fields whose format decides the deck's (grader information is read only for Recall's own lists). */
    private static final Set<String> TEXT_FIELDS = Set.of("questiontext", "generalfeedback", "feedback", "subquestion",
            "answer");

    private MoodleXmlImport() {
    }

    public static ImportedDeck read(byte[] xml, CsvDeck.Parameters parameters, String source) {
        XmlTree quiz;
        try {
            quiz = XmlTree.parse(xml);
        } catch (XmlTree.Refused e) {
            throw new DeckDraft(source, TextFormat.PLAIN).unreadable("line " + e.line, e.getMessage());
        }
        DeckDraft draft = new DeckDraft(source, anyHtml(quiz) ? TextFormat.HTML : TextFormat.PLAIN);
        if (!quiz.name().equals("quiz")) {
            draft.error("line " + quiz.line(), NOT_A_QUIZ);
            return draft.build(parameters);
        }
        String section = null;
        for (XmlTree question : quiz.all("question")) {
            if (draft.full()) {
                break;
            }
            String type = question.attribute("type");
            String name = ImportText.plain(question.textOf("name"));
            String where = "line " + question.line() + ", question \"" + name + "\"";
            if (type == null) {
                draft.error(where, NO_TYPE);
            } else if (type.equals("category")) {
                section = Sections.of(ImportText.plain(question.textOf("category")));
            } else {
                MoodleQuestion.read(question, type, name, section, draft, where);
            }
        }
        return draft.build(parameters);
    }

    /** True when a text field of any question is in HTML format (Moodle's default since 2.0). */
    private static boolean anyHtml(XmlTree quiz) {
        for (XmlTree question : quiz.all("question")) {
            for (XmlTree field : question.children()) {
                if (TEXT_FIELDS.contains(field.name()) && "html".equals(field.attribute("format"))
                        && !(field.name().equals("answer") && !"multichoice".equals(question.attribute("type")))) {
                    return true;
                }
                if (field.name().equals("subquestion") || field.name().equals("answer")) {
                    for (XmlTree inner : field.all("feedback")) {
                        if ("html".equals(inner.attribute("format"))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A Moodle text field in the deck's format: HTML cleaned, or plain text (escaped in an HTML deck). */
    static String text(XmlTree field, DeckDraft draft, String where) {
        String text = field.first("text").map(XmlTree::text).orElse(field.text()).strip();
        return "html".equals(field.attribute("format")) ? ImportText.fromHtml(text, draft, where)
                : ImportText.fromPlain(text, draft);
    }

    static List<String> tags(XmlTree question) {
        return question.first("tags").map(t -> t.all("tag").stream()
                .map(tag -> ImportText.plain(tag.first("text").map(XmlTree::text).orElse(tag.text())))
                .filter(tag -> !tag.isEmpty()).toList()).orElse(List.of());
    }

}
