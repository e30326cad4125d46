package org.recall.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one shell of Recall's HTML pages ({@code WEB-INF/pages/shell.html}): document head, base styles,
 * skip link, live region for screen readers and the no-script note. A page of that folder holds only
 * what is its own: its head elements (title, its stylesheet, its one module script), the line
 * {@value #BODY}, then its body (header, main). The server fills the pages it serves under {@code /app/}
 * and the SCORM builder fills the packages' launch page, so every page keeps the same shell.
 * No page may run inline script: the Content-Security-Policy allows none, so a page's script is a module
 * loaded from a file.
 */
public final class PageShell {

    /** The line that ends a page's head elements and starts its body. */
    public static final String BODY = "<!-- body -->";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MODULE = Pattern.compile("<script type=\"module\" src=\"[^\"]+\"></script>");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE);

    private PageShell() {
    }

    /** The whole page: {@code page} (a file of {@code WEB-INF/pages/}) in {@code shell}. */
    public static String fill(String shell, String page) {
        int split = page.indexOf(BODY);
        if (split < 0 || !shell.contains("{{head}}") || !shell.contains("{{body}}")) {
            throw new IllegalArgumentException("a page needs its head, the line " + BODY + ", then its body");
        }
        String head = page.substring(0, split).strip();
        String body = page.substring(split + BODY.length()).strip();
        Matcher modules = MODULE.matcher(head);
        if (!modules.find() || modules.find() || INLINE_SCRIPT.matcher(page).find() || HANDLER.matcher(page).find()) {
            throw new IllegalArgumentException("a page loads exactly one module script and runs no inline script");
        }
        return shell.replace("{{head}}", indent(head)).replace("{{body}}", indent(body));
    }

    private static String indent(String markup) {
        return markup.lines().map(line -> line.isBlank() ? "" : "  " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
