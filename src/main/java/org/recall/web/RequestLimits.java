package org.recall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Bounds every request body before the application reads it: a declared {@code Content-Length} over the
 * limit is answered 413 at once, without reading a byte (a 400 MB form never reaches the heap); a body sent
 * without a length stops at the limit (413); a body that trickles in stops at its deadline (408), so slow
 * clients cannot hold request threads. Deck uploads and draft saves may be 1 MiB (the deck format's limit),
 * read as a stream by their resource; everything else
 * Recall accepts (launch forms, JSON) fits in 256 KiB. The listener's own read timeout
 * ({@code pre-boot-commands.asadmin}) bounds each wait for the next bytes. Mapped first in {@code web.xml}, so it
 * runs before JAX-RS reads anything.
 */
public class RequestLimits extends HttpFilter {

    static final long DEFAULT_LIMIT = 256 * 1024;
    static final long UPLOAD_LIMIT = 1024 * 1024 + 64 * 1024;
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);
    static final Duration UPLOAD_DEADLINE = Duration.ofSeconds(60);
    static final String TOO_LARGE = "The request body is larger than Recall accepts here.";
    static final String TOO_SLOW = "The request body arrived too slowly; Recall stopped waiting for it.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean upload = isUpload(request.getRequestURI());
        long limit = upload ? UPLOAD_LIMIT : DEFAULT_LIMIT;
        if (request.getContentLengthLong() > limit) {
            refuse(response, 413, TOO_LARGE);
            return;
        }
        long deadline = System.nanoTime() + (upload ? UPLOAD_DEADLINE : DEFAULT_DEADLINE).toNanos();
        ServletInputStream body;
        if (upload) {
            // Read as a stream by the upload itself (DeckUploadRequest), which answers a refusal.
            body = new Bounded(request.getInputStream(), limit, deadline);
        } else {
            // Small bodies are read here, whole, so that a refusal is answered before any reader (Jersey's form
            // parameters would turn it into an unmapped error).
            try {
                body = new Buffered(new Bounded(request.getInputStream(), limit, deadline).readAllBytes());
            } catch (BodyRefused refused) {
                refuse(response, refused.status(), refused.getMessage());
                return;
            }
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() {
                return body;
            }

            @Override
            public java.io.BufferedReader getReader() {
                String charset = request.getCharacterEncoding();
                return new java.io.BufferedReader(new java.io.InputStreamReader(body,
                        charset == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)));
            }
        }, response);
    }

    /** Deck uploads and draft saves: a deck may reach 1 MiB (docs/deck-format.md). */
    private static boolean isUpload(String path) {
        return path.equals("/api/admin/decks") || path.equals("/api/instructor/decks")
                || path.startsWith("/api/instructor/drafts/");
    }

    /** Answers at once and closes the connection: the unread body is never drained. */
    static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        byte[] body = ("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A body read whole. */
    private static final class Buffered extends ServletInputStream {

        private final java.io.ByteArrayInputStream in;

        Buffered(byte[] bytes) {
            this.in = new java.io.ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("Recall reads request bodies synchronously");
        }
    }

    /** The body's stream, stopped at {@code limit} bytes or at the deadline. */
    private static final class Bounded extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final long deadline;
        private long read;
        private boolean refused;

        Bounded(ServletInputStream in, long limit, long deadline) {
            this.in = in;
            this.limit = limit;
            this.deadline = deadline;
        }

        @Override
        public int read() throws IOException {
            if (refused) {
                return -1;
            }
            check(0);
            int b = in.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (refused) {
                return -1; // refused once: whoever reads on (to drain or close) sees the end
            }
            check(0);
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int justRead) throws BodyRefused {
            read += justRead;
            if (read > limit) {
                refused = true;
                throw new BodyRefused(413, TOO_LARGE);
            }
            if (System.nanoTime() - deadline > 0) {
                refused = true;
                throw new BodyRefused(408, TOO_SLOW);
            }
        }

        @Override
        public boolean isFinished() {
            return refused || in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
