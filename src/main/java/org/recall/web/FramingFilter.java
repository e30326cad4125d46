package org.recall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Who may frame Recall's pages. The study, teaching and deep linking pages must open inside any LMS's
 * iframe (LTI 1.3 Core §5.4.2, {@code document_target} "iframe"), so they carry no framing restriction;
 * the admin page, opened directly by administrators, may not be framed at all (clickjacking).
 */
@WebFilter(urlPatterns = {"/admin", "/app/admin.html"})
public class FramingFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
