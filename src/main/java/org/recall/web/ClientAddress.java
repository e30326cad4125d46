package org.recall.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from, for per-client rate limits. The connection's peer, unless
 * {@code RECALL_CLIENT_ADDRESS_HEADER} names the header a trusted reverse proxy sets (e.g.
 * {@code X-Forwarded-For}): then the last address in it, the one that proxy appended (earlier entries are
 * the client's own word). Never set it without such a proxy: clients could then choose their address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "recall.client-address-header")
    Optional<String> header;

    public String of(HttpServletRequest request) {
        String name = header.map(String::trim).orElse("");
        if (!name.isEmpty()) {
            String value = request.getHeader(name);
            if (value != null) {
                String last = value.substring(value.lastIndexOf(',') + 1).trim();
                if (!last.isEmpty() && last.length() <= 100) {
                    return last;
                }
            }
        }
        return request.getRemoteAddr();
    }

    /** The machine itself: not rate-limited (its own checks and tools; a proxy must name the client instead). */
    public static boolean isLoopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }
}
