package org.recall.deck.formats;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.recall.deck.HtmlSubset;

/**
 * Texts on their way into a deck: HTML cleaned to the subset Recall shows ({@link HtmlSubset}, with a note
 * saying what went), plain text escaped for an HTML deck, HTML reduced to its text where the deck format
 * takes plain text (accepted answers, matching answers, names), entities decoded everywhere.
 */
final class ImportText {

    static final String IMAGE_REMOVED = "an image that is not at an http(s) address was removed (Recall shows"
            + " images by URL only; embedded files such as @@PLUGINFILE@@ are not imported)";
    static final String HTML_REMOVED = "HTML that Recall does not show (scripts, styles, event handlers, frames or"
            + " forms) was removed";

    private ImportText() {
    }

    /** {@code html} within the subset; notes at {@code where} what was removed. */
    static String cleanHtml(String html, DeckDraft draft, String where) {
        if (HtmlSubset.allows(html)) {
            return html.strip();
        }
        Document before = Jsoup.parseBodyFragment(html);
        int images = before.body().getElementsByTag("img").size();
        String cleaned = HtmlSubset.clean(html);
        Document after = Jsoup.parseBodyFragment(cleaned);
        after.outputSettings().prettyPrint(false);
        // An image whose src was not http(s) lost the attribute: the element itself is then of no use.
        for (Element image : after.body().getElementsByTag("img")) {
            if (!image.hasAttr("src")) {
                image.remove();
            }
        }
        if (after.body().getElementsByTag("img").size() < images) {
            draft.note(where, IMAGE_REMOVED);
            // A paragraph that held only the removed image would show as an empty line.
            for (Element block : after.body().select("p, div, span")) {
                if (block.text().isBlank() && block.children().isEmpty()) {
                    block.remove();
                }
            }
        }
        if (!before.body().select("script, style, iframe, object, embed, form, input, [onclick], [onload], [onerror], "
                + "[onmouseover], [style], svg, math").isEmpty()) {
            draft.note(where, HTML_REMOVED);
        }
        return after.body().html().strip();
    }

    /** Plain text as HTML: escaped, line breaks kept. */
    static String plainToHtml(String text) {
        return Entities.escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** The text of an HTML fragment (or of plain text holding entities): tags dropped, entities decoded. */
    static String plain(String htmlOrText) {
        return HtmlSubset.text(htmlOrText).strip();
    }

    /** A text in the deck's format: HTML cleaned for an HTML deck, reduced to text for a plain one. */
    static String fromHtml(String html, DeckDraft draft, String where) {
        return draft.textFormat() == org.recall.deck.TextFormat.HTML ? cleanHtml(html, draft, where) : plain(html);
    }

    /** Plain text in the deck's format: escaped for an HTML deck, as is for a plain one. */
    static String fromPlain(String text, DeckDraft draft) {
        return draft.textFormat() == org.recall.deck.TextFormat.HTML ? plainToHtml(text) : text.strip();
    }
}
