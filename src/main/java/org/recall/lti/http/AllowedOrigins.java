package org.recall.lti.http;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.recall.lti.Platform;

/**
 * The origins (scheme, host and port, RFC 6454) on which a platform's services may be called. Service
 * URLs come from a launch's claims, from custom parameters and from the platform's own answers (paging
 * links, created line items), so each is checked before it is called: without the check a launch could
 * make Recall fetch an internal address and show what it answered (server-side request forgery). The
 * defaults are the origins of the platform's issuer and registered endpoints; an administrator adds
 * others: Canvas serves AGS and NRPS on the school's own host, not on {@code canvas.instructure.com} or
 * {@code sso.canvaslms.com}. Plain http only for a loopback host, and only when Recall itself runs on
 * plain http (development and tests).
 */
public record AllowedOrigins(Set<String> origins, boolean loopbackHttp) {

    public AllowedOrigins {
        origins = Set.copyOf(origins);
    }

    /** The origins of the platform's issuer and endpoints. */
    public static AllowedOrigins defaultsOf(Platform platform, boolean loopbackHttp) {
        var origins = new TreeSet<String>();
        for (String url : new String[] {platform.issuer(), String.valueOf(platform.authorizationEndpoint()),
                String.valueOf(platform.tokenEndpoint()), String.valueOf(platform.jwksUri())}) {
            parse(url).flatMap(AllowedOrigins::origin).ifPresent(origins::add);
        }
        return new AllowedOrigins(origins, loopbackHttp);
    }

    public static AllowedOrigins of(Collection<String> origins, boolean loopbackHttp) {
        return new AllowedOrigins(Set.copyOf(origins), loopbackHttp);
    }

    /**
     * The origin of an absolute http(s) URL, lower case, without the default port ({@code https://lms.example},
     * {@code http://127.0.0.1:8081}); empty for anything else, and for a URL with user information (whose
     * {@code user@host} form hides the real host from a reader).
     */
    public static Optional<String> origin(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null || url.getRawUserInfo() != null) {
            return Optional.empty();
        }
        int port = url.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return Optional.of(scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }

    /** Why Recall will not call {@code url}, or empty when it may. */
    public Optional<String> refusal(URI url) {
        Optional<String> origin = origin(url);
        if (origin.isEmpty()) {
            return Optional.of("is not an absolute http(s) URL");
        }
        if (url.getScheme().equalsIgnoreCase("http") && !(loopbackHttp && isLoopback(url.getHost()))) {
            return Optional.of("is not https");
        }
        if (!origins.contains(origin.get())) {
            return Optional.of("is not on an origin allowed for this platform (" + origin.get() + ")");
        }
        return Optional.empty();
    }

    public static Optional<URI> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new URI(text.trim()));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
