package org.recall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer carries (mapped in {@code web.xml}, before JAX-RS):
 * <ul>
 * <li>{@code Content-Security-Policy}: scripts, styles and connections from Recall's own origin only, no inline
 * script or style attribute, no plugin, no {@code <base>}; forms may post to Recall and, for the deep linking
 * response, to the platform ({@code https:}, and {@code http:} when Recall itself runs on http).</li>
 * <li>Framing: the study, teaching and deep linking pages open inside any LMS's iframe (LTI 1.3 Core §5.4.2,
 * {@code document_target} "iframe"), so they set no {@code frame-ancestors}; the admin page, opened directly by
 * administrators, may not be framed at all ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}).</li>
 * <li>{@code Referrer-Policy: strict-origin-when-cross-origin} (no path or query leaves Recall; same-origin posts
 * keep their {@code Origin}, which the platform-storage launch relies on), {@code no-referrer} on the admin page;
 * {@code X-Content-Type-Options: nosniff}.</li>
 * <li>{@code Cache-Control: no-store} on every {@code /api/} answer.</li>
 * </ul>
 */
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' https:";

    private String policy = POLICY;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        boolean plainHttp = ConfigProvider.getConfig().getOptionalValue("recall.base-url", String.class)
                .map(url -> url.startsWith("http:")).orElse(false);
        policy = plainHttp ? POLICY + " http:" : POLICY;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean admin = isAdminPage(request.getRequestURI());
        response.setHeader("Content-Security-Policy", admin ? policy + "; frame-ancestors 'none'" : policy);
        if (admin) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", admin ? "no-referrer" : "strict-origin-when-cross-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getRequestURI().startsWith("/api/")) {
            // API answers carry names, emails, answers and results: no browser or proxy keeps them.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isAdminPage(String path) {
        return path.equals("/admin") || path.equals("/app/admin.html") || path.startsWith("/api/admin/");
    }
}
