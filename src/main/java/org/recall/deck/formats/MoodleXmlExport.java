package org.recall.deck.formats;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.recall.deck.Card;
import org.recall.deck.Deck;
import org.recall.deck.ExplainPrompt;
import org.recall.deck.HtmlSubset;
import org.recall.deck.Matching;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Numeric;
import org.recall.deck.Option;
import org.recall.deck.Question;
import org.recall.deck.ShortAnswer;
import org.recall.deck.SingleChoice;
import org.recall.deck.TextFormat;
import org.recall.deck.TrueFalse;

/**
 * Writes a deck as a Moodle XML question bank that Moodle's import and {@link MoodleXmlImport} both read:
 * questions by type ({@code idnumber} = the Recall id, explanation as general feedback, a multiple-answer
 * question with fractions +100/n for each right option and -100/n for each wrong one, which is Recall's
 * rule), cards as descriptions (prompt as the name, a {@code level:…} tag), explain prompts as essays
 * (hint and key concepts in the grader information), a category wherever the section changes. Texts of
 * an HTML deck are {@code format="html"} in CDATA, those of a plain deck {@code format="plain_text"}.
 */
public final class MoodleXmlExport {

    private final XMLStreamWriter xml;
    private final boolean html;
    private String category;

    private MoodleXmlExport(XMLStreamWriter xml, boolean html) {
        this.xml = xml;
        this.html = html;
    }

    public static String write(Deck deck) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            MoodleXmlExport export = new MoodleXmlExport(xml, deck.textFormat() == TextFormat.HTML);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("quiz");
            for (Question question : deck.questions()) {
                export.question(question);
            }
            for (Card card : deck.cards()) {
                export.card(card);
            }
            for (ExplainPrompt prompt : deck.explainPrompts()) {
                export.essay(prompt);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Moodle XML of deck " + deck.id(), e);
        }
        return out.toString();
    }

    /** A category element when the section differs from the last one ({@code $course$/top} for none). */
    private void category(String section) throws XMLStreamException {
        String path = section == null ? "$course$/top" : "$course$/top/" + section;
        if (Objects.equals(path, category) || (category == null && section == null)) {
            return;
        }
        category = path;
        start("question", "type", "category");
        start("category");
        element("text", path);
        end();
        end();
    }

    private void question(Question q) throws XMLStreamException {
        category(q.labels().section());
        String type = q instanceof SingleChoice || q instanceof MultipleAnswer ? "multichoice"
                : q instanceof TrueFalse ? "truefalse" : q instanceof ShortAnswer ? "shortanswer"
                : q instanceof Numeric ? "numerical" : "matching";
        start("question", "type", type);
        name(q.prompt());
        text("questiontext", q.prompt(), html);
        text("generalfeedback", q.explanation() == null ? "" : q.explanation(), html);
        element("defaultgrade", "1");
        element("idnumber", q.id());
        if (q instanceof SingleChoice s) {
            element("single", "true");
            element("shuffleanswers", "true");
            for (Option o : s.options()) {
                answer(s.isCorrect(o.id()) ? "100" : "0", o.text(), html, null);
            }
        } else if (q instanceof MultipleAnswer m) {
            element("single", "false");
            element("shuffleanswers", "true");
            String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(m.correctOptionIds().size()), 5,
                    RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            for (Option o : m.options()) {
                answer(m.correctOptionIds().contains(o.id()) ? share : "-" + share, o.text(), html, null);
            }
        } else if (q instanceof TrueFalse t) {
            answer(t.correct() ? "100" : "0", "true", false, null);
            answer(t.correct() ? "0" : "100", "false", false, null);
        } else if (q instanceof ShortAnswer s) {
            element("usecase", s.caseSensitive() ? "1" : "0");
            for (String accepted : s.acceptedAnswers()) {
                answer("100", accepted, false, null);
            }
        } else if (q instanceof Numeric n) {
            answer("100", n.value().toPlainString(), false, n.tolerance().toPlainString());
        } else if (q instanceof Matching m) {
            element("shuffleanswers", "true");
            for (var pair : m.pairs()) {
                subquestion(pair.prompt(), pair.answer());
            }
            for (String distractor : m.distractors()) {
                subquestion("", distractor);
            }
        }
        tags(q.labels().tags());
        end();
    }

    private void card(Card card) throws XMLStreamException {
        category(card.labels().section());
        start("question", "type", "description");
        name(card.prompt());
        text("questiontext", card.answer(), html);
        element("defaultgrade", "0");
        tags(java.util.stream.Stream.concat(card.labels().tags().stream(),
                java.util.stream.Stream.of(Labels.LEVEL_TAG + card.level().jsonName())).toList());
        end();
    }

    private void essay(ExplainPrompt prompt) throws XMLStreamException {
        category(null);
        start("question", "type", "essay");
        name(prompt.prompt());
        text("questiontext", prompt.prompt(), html);
        element("responseformat", "editor");
        element("responserequired", "1");
        StringBuilder info = new StringBuilder();
        if (prompt.hint() != null) {
            info.append("<p>Hint: ").append(html ? prompt.hint() : ImportText.plainToHtml(prompt.hint())).append("</p>");
        }
        if (!prompt.keyConcepts().isEmpty()) {
            info.append("<ul>");
            prompt.keyConcepts().forEach(c -> info.append("<li>").append(ImportText.plainToHtml(c)).append("</li>"));
            info.append("</ul>");
        }
        text("graderinfo", info.toString(), true);
        end();
    }

    private void name(String text) throws XMLStreamException {
        String plain = html ? HtmlSubset.text(text) : text.strip().replaceAll("\\s+", " ");
        start("name");
        element("text", plain.length() > 250 ? plain.substring(0, 249) + "…" : plain);
        end();
    }

    private void text(String element, String text, boolean asHtml) throws XMLStreamException {
        start(element, "format", asHtml ? "html" : "plain_text");
        start("text");
        if (asHtml && !text.isEmpty()) {
            // "]]>" cannot sit inside one CDATA section: it is split across two.
            xml.writeCData(text.replace("]]>", "]]]]><![CDATA[>"));
        } else {
            xml.writeCharacters(text);
        }
        end();
        end();
    }

    private void answer(String fraction, String text, boolean asHtml, String tolerance) throws XMLStreamException {
        start("answer", "fraction", fraction);
        xml.writeAttribute("format", asHtml ? "html" : "plain_text");
        start("text");
        if (asHtml) {
            xml.writeCData(text.replace("]]>", "]]]]><![CDATA[>"));
        } else {
            xml.writeCharacters(text);
        }
        end();
        if (tolerance != null) {
            element("tolerance", tolerance);
        }
        end();
    }

    /** A matching pair (Moodle: a subquestion and its answer); an empty prompt makes a distractor. */
    private void subquestion(String prompt, String answer) throws XMLStreamException {
        start("subquestion", "format", html ? "html" : "plain_text");
        start("text");
        if (html && !prompt.isEmpty()) {
            xml.writeCData(prompt.replace("]]>", "]]]]><![CDATA[>"));
        } else {
            xml.writeCharacters(prompt);
        }
        end();
        start("answer");
        element("text", answer);
        end();
        end();
    }

    private void tags(List<String> tags) throws XMLStreamException {
        if (tags.isEmpty()) {
            return;
        }
        start("tags");
        for (String tag : tags) {
            start("tag");
            element("text", tag);
            end();
        }
        end();
    }

    private void start(String name, String... attribute) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(name);
        if (attribute.length == 2) {
            xml.writeAttribute(attribute[0], attribute[1]);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        start(name);
        xml.writeCharacters(text);
        end();
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }
}
