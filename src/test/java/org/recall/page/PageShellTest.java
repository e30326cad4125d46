package org.recall.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every page of WEB-INF/pages in the one shell: head, skip link, main landmark, live region, one module, no inline script. */
class PageShellTest {

    private static final Path PAGES = Path.of("src/main/webapp/WEB-INF/pages");

    @ParameterizedTest
    @ValueSource(strings = {"study.html", "teach.html", "settings.html", "deep-linking.html", "admin.html", "editor.html"})
    void everyPageGetsTheWholeShell(String name) throws IOException {
        String page = PageShell.fill(Files.readString(PAGES.resolve("shell.html")), Files.readString(PAGES.resolve(name)));
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page);
        for (String part : new String[] {"<meta charset=\"utf-8\">", "<meta name=\"viewport\"", "<meta name=\"referrer\"",
            "<link rel=\"stylesheet\" href=\"css/recall.css\">", "<title", "<a class=\"skip-link\" href=\"#main\"",
            "<main id=\"main\"", "<div id=\"announcer\"", "<noscript>"}) {
            assertEquals(1, page.split(Pattern.quote(part), -1).length - 1, name + ": " + part);
        }
        assertTrue(page.indexOf("</head>") < page.indexOf("<body>"));
        assertEquals(1, Pattern.compile("<script type=\"module\" src=\"js/[a-z-]+\\.js\"></script>").matcher(page).results().count());
        assertEquals(1, Pattern.compile("<script").matcher(page).results().count(), "no other script");
        var ids = new HashSet<String>();
        Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page).results().forEach(m ->
                assertTrue(ids.add(m.group(1)), name + ": id " + m.group(1) + " twice"));
        assertTrue(!page.contains("href=\"/app/") && !page.contains("src=\"/app/"), "relative URLs, as in a SCORM package");
    }

    @Test
    void inlineScriptAndEventHandlersAreRefused() {
        String shell = "<html><head>{{head}}</head><body>{{body}}</body></html>";
        String script = "<script type=\"module\" src=\"js/a.js\"></script>\n";
        assertTrue(PageShell.fill(shell, script + PageShell.BODY + "\n<main id=\"main\"></main>").contains("js/a.js"));
        assertThrows(IllegalArgumentException.class, () -> PageShell.fill(shell, script + PageShell.BODY + "<script>alert(1)</script>"));
        assertThrows(IllegalArgumentException.class, () -> PageShell.fill(shell, script + PageShell.BODY + "<img onerror=\"x()\">"));
        assertThrows(IllegalArgumentException.class, () -> PageShell.fill(shell, script + script + PageShell.BODY));
        assertThrows(IllegalArgumentException.class, () -> PageShell.fill(shell, PageShell.BODY + "<main></main>"));
        assertThrows(IllegalArgumentException.class, () -> PageShell.fill(shell, script + "<main></main>"));
    }
}
