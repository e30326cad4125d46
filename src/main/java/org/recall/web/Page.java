package org.recall.web;

/**
 * The frame of Recall's few server-rendered pages. Callers pass trusted markup only;
 * anything that came from a request, a platform or a deck goes through {@link #escape(String)} first.
 */
public final class Page {

    private Page() {
    }

    public static String html(String title, String bodyMarkup) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/app/css/recall.css\"></head>"
                + "<body><main id=\"main\" class=\"page\">" + bodyMarkup + "</main></body></html>";
    }

    /** HTML-escapes text for element content and double-quoted attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
