package org.recall.lti.login;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import org.recall.lti.launch.LaunchError;
import org.recall.lti.launch.LaunchException;

/**
 * The {@code target_link_uri} of a login request must point into the tool itself (same scheme, host
 * and port as its base URI), or the login would be an open redirect (Security Framework §5.1.1.1,
 * OIDC Core §4: "the target_link_uri MUST be verified").
 */
final class TargetLinkUri {

    private TargetLinkUri() {
    }

    static URI onOrigin(String targetLinkUri, URI toolBaseUri) throws LaunchException {
        URI target = parse(targetLinkUri);
        if (target == null || !sameOrigin(target, toolBaseUri)) {
            throw LoginInitiation.refused(LaunchError.TARGET_LINK_URI_FOREIGN, "target_link_uri " + targetLinkUri);
        }
        return target;
    }

    static URI resolve(URI toolBaseUri, String path) {
        String base = toolBaseUri.toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    private static URI parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b)
                && a.getRawUserInfo() == null;
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return Objects.equals(uri.getScheme().toLowerCase(Locale.ROOT), "https") ? 443 : 80;
    }
}
