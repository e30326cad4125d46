package org.recall.deck;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The HTML a deck of {@link TextFormat#HTML} may hold, and the cleaning that brings imported HTML (a
 * Moodle question's text) within it: paragraphs, line breaks, emphasis, code, lists, tables, headings
 * from level 3, links and images by http(s) URL. No script, style, event handler, class, id, frame,
 * form or data: URL. The study UI renders only these elements again (app/js/html-text.js), so a deck
 * that got past the loader some other way still cannot run code in a student's page.
 */
public final class HtmlSubset {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup", "code", "pre", "blockquote",
                    "ul", "ol", "li", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr",
                    "th", "td", "a", "img", "span", "div", "hr")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private HtmlSubset() {
    }

    /** True when {@code html} is well-formed and uses only the subset's elements, attributes and URL schemes. */
    public static boolean allows(String html) {
        return Jsoup.isValid(html, SAFELIST);
    }

    /** {@code html} with everything outside the subset removed (the text of removed elements is kept). */
    public static String clean(String html) {
        return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
    }

    /** True when the fragment shows nothing: no text but blanks, and no image. */
    public static boolean isBlank(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        return document.body().text().isBlank() && document.body().getElementsByTag("img").isEmpty();
    }

    /** The fragment's text as a reader sees it, for places that show plain text (a select's options). */
    public static String text(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }
}
