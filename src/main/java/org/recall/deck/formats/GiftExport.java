package org.recall.deck.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
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
 * Writes a deck in GIFT, as Moodle's own export does (qformat_gift::writequestion): a comment naming the
 * question with Moodle's {@code [id:…]} and {@code [tag:…]}, {@code ::name::}, the text ({@code [html]}
 * first in an HTML deck), the answers, {@code ####} and the explanation. Cards are descriptions (the prompt
 * as the title, {@code [tag:level:…]}); explain prompts are essays, their hint and key concepts in
 * {@code // hint:} and {@code // concept:} comments that Moodle ignores and {@link GiftImport} reads. GIFT
 * cannot say that a short answer is case sensitive, nor weigh a multiple-answer option 100%: Moodle reads
 * at most two digits of a weight.
 */
public final class GiftExport {

    private final StringBuilder out = new StringBuilder();
    private final boolean html;
    private String category;

    private GiftExport(boolean html) {
        this.html = html;
    }

    public static String write(Deck deck) {
        GiftExport gift = new GiftExport(deck.textFormat() == TextFormat.HTML);
        gift.out.append("// ").append(deck.title().replaceAll("\\s+", " ")).append(" (Recall deck ")
                .append(deck.id().value()).append(")\n\n");
        deck.questions().forEach(gift::question);
        deck.cards().forEach(gift::card);
        deck.explainPrompts().forEach(gift::essay);
        return gift.out.toString();
    }

    private void category(String section) {
        String path = section == null ? "$course$/top" : "$course$/top/" + section;
        if (!Objects.equals(path, category) && !(category == null && section == null)) {
            category = path;
            out.append("$CATEGORY: ").append(path).append("\n\n");
        }
    }

    private String text(String text) {
        return (html ? "[html]" : "") + GiftText.escape(text);
    }

    private void comment(String id, List<String> tags) {
        StringBuilder line = new StringBuilder("//");
        if (id != null) {
            line.append(" [id:").append(id.replace("]", "\\]")).append(']');
        }
        tags.forEach(tag -> line.append(" [tag:").append(tag.replace("]", "\\]")).append(']'));
        if (line.length() > 2) {
            out.append(line).append('\n');
        }
    }

    private void title(String text) {
        String plain = html ? HtmlSubset.text(text) : text.strip().replaceAll("\\s+", " ");
        out.append("::").append(GiftText.escape(plain)).append("::");
    }

    private void question(Question q) {
        category(q.labels().section());
        comment(q.id(), q.labels().tags());
        title(q.prompt());
        out.append(text(q.prompt())).append(" {");
        if (q instanceof SingleChoice s) {
            for (Option o : s.options()) {
                out.append("\n\t").append(s.isCorrect(o.id()) ? "=" : "~").append(text(o.text()));
            }
        } else if (q instanceof MultipleAnswer m) {
            String share = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(m.correctOptionIds().size()), 5,
                    RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            for (Option o : m.options()) {
                out.append("\n\t~%").append(m.correctOptionIds().contains(o.id()) ? share : "-" + share).append('%')
                        .append(text(o.text()));
            }
        } else if (q instanceof TrueFalse t) {
            out.append(t.correct() ? "TRUE" : "FALSE");
        } else if (q instanceof ShortAnswer s) {
            s.acceptedAnswers().forEach(a -> out.append("\n\t=").append(GiftText.escape(a)));
        } else if (q instanceof Numeric n) {
            out.append('#').append(n.value().toPlainString()).append(':').append(n.tolerance().toPlainString());
        } else if (q instanceof Matching m) {
            m.pairs().forEach(p -> out.append("\n\t=").append(text(p.prompt())).append(" -> ")
                    .append(GiftText.escape(p.answer())));
            m.distractors().forEach(d -> out.append("\n\t= -> ").append(GiftText.escape(d)));
        }
        if (q.explanation() != null) {
            out.append(q instanceof TrueFalse || q instanceof Numeric ? "" : "\n\t").append("####")
                    .append(text(q.explanation()));
        }
        out.append(q instanceof TrueFalse || q instanceof Numeric ? "}\n\n" : "\n}\n\n");
    }

    private void card(Card card) {
        category(card.labels().section());
        comment(null, java.util.stream.Stream.concat(card.labels().tags().stream(),
                java.util.stream.Stream.of(Labels.LEVEL_TAG + card.level().jsonName())).toList());
        title(card.prompt());
        out.append(text(card.answer())).append("\n\n");
    }

    private void essay(ExplainPrompt prompt) {
        category(null);
        if (prompt.hint() != null) {
            out.append("// hint: ").append(GiftText.escape(prompt.hint())).append('\n');
        }
        prompt.keyConcepts().forEach(c -> out.append("// concept: ").append(GiftText.escape(c)).append('\n'));
        title(prompt.prompt());
        out.append(text(prompt.prompt())).append(" {}\n\n");
    }
}
