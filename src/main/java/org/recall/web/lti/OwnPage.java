package org.recall.web.lti;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;

/**
 * Whether a form was posted by one of Recall's own pages. Browsers name the page's origin in {@code Origin}
 * on every POST (Fetch §3.1, "append a request Origin header"; Recall's pages send it since their
 * Referrer-Policy keeps same-origin origins) and mark the request {@code Sec-Fetch-Site: same-origin}; no other
 * site can make a browser send either for Recall's origin. A cross-site form (login CSRF) is refused this way.
 */
final class OwnPage {

    private OwnPage() {
    }

    static boolean posted(HttpHeaders headers, URI base) {
        String origin = headers.getHeaderString("Origin");
        if (origin != null) {
            return origin.equalsIgnoreCase(LaunchPages.origin(base));
        }
        return "same-origin".equals(headers.getHeaderString("Sec-Fetch-Site"));
    }
}
