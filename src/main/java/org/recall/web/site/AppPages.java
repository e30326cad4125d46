package org.recall.web.site;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.recall.page.PageShell;

/**
 * The HTML pages under {@code /app/}: each is a file of {@code WEB-INF/pages/} put into the one shell
 * ({@link PageShell}), filled once and kept. Their scripts, styles and bundles are static files of
 * {@code /app/}. Exact URL patterns, so every other file of {@code /app/} stays with the default servlet.
 */
@WebServlet(urlPatterns = {"/app/study.html", "/app/teach.html", "/app/settings.html", "/app/deep-linking.html",
    "/app/admin.html", "/app/editor.html"})
public class AppPages extends HttpServlet {

    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String name = request.getServletPath().substring("/app/".length());
        byte[] page = pages.computeIfAbsent(name, this::fill);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    private byte[] fill(String name) {
        return PageShell.fill(read("shell.html"), read(name)).getBytes(StandardCharsets.UTF_8);
    }

    private String read(String file) {
        try (InputStream in = getServletContext().getResourceAsStream("/WEB-INF/pages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the WAR has no page WEB-INF/pages/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read WEB-INF/pages/" + file, e);
        }
    }
}
