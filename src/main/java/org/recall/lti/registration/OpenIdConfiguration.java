package org.recall.lti.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What Recall needs of a platform's OpenID configuration, Dynamic Registration 1.0 §3.5 (required:
 * {@code issuer}, {@code authorization_endpoint}, {@code token_endpoint}, {@code jwks_uri},
 * {@code registration_endpoint}), plus the LTI platform configuration's product family for display (§3.5.2).
 * Sample (Moodle):
 * <pre>{@code
 * {"issuer": "https://moodle.example.edu", "authorization_endpoint": "https://moodle.example.edu/mod/lti/auth.php",
 *  "token_endpoint": "https://moodle.example.edu/mod/lti/token.php", "jwks_uri": "https://moodle.example.edu/mod/lti/certs.php",
 *  "registration_endpoint": "https://moodle.example.edu/mod/lti/openid-registration.php",
 *  "https://purl.imsglobal.org/spec/lti-platform-configuration": {"product_family_code": "moodle", "version": "4.3"}}
 * }</pre>
 */
public record OpenIdConfiguration(
        String issuer,
        URI authorizationEndpoint,
        URI tokenEndpoint,
        URI jwksUri,
        URI registrationEndpoint,
        Optional<String> productFamily,
        Optional<String> version) {

    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    static final List<String> REQUIRED =
            List.of("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "registration_endpoint");

    public OpenIdConfiguration {
        Objects.requireNonNull(issuer, "issuer");
    }

    /**
     * Reads and checks the configuration fetched from {@code configurationUrl}. §3.5.1: the issuer must
     * be of the same site as the configuration URL (same scheme, host and port: Recall compares origins,
     * since a platform such as Moodle serves its configuration below its issuer, not at
     * {@code /.well-known/openid-configuration}).
     */
    public static OpenIdConfiguration read(String json, URI configurationUrl, boolean allowLoopbackHttp)
            throws RegistrationFailed {
        Map<String, Object> object;
        try {
            object = JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new RegistrationFailed(502, RegistrationFailed.UNREACHABLE);
        }
        for (String field : REQUIRED) {
            if (!(object.get(field) instanceof String text) || text.isBlank()) {
                throw new RegistrationFailed(502, RegistrationFailed.MISSING_FIELD + field + ".");
            }
        }
        String issuer = ((String) object.get("issuer")).trim();
        URI issuerUri = url(issuer, "issuer", allowLoopbackHttp);
        if (!sameOrigin(issuerUri, configurationUrl) || issuerUri.getRawQuery() != null || issuerUri.getRawFragment() != null) {
            throw new RegistrationFailed(400, RegistrationFailed.ISSUER_MISMATCH);
        }
        Optional<String> family = Optional.empty();
        Optional<String> version = Optional.empty();
        if (object.get(PLATFORM_CONFIGURATION) instanceof Map<?, ?> platform) {
            family = Optional.ofNullable(platform.get("product_family_code")).map(String::valueOf);
            version = Optional.ofNullable(platform.get("version")).map(String::valueOf);
        }
        return new OpenIdConfiguration(issuer,
                url((String) object.get("authorization_endpoint"), "authorization_endpoint", allowLoopbackHttp),
                url((String) object.get("token_endpoint"), "token_endpoint", allowLoopbackHttp),
                url((String) object.get("jwks_uri"), "jwks_uri", allowLoopbackHttp),
                url((String) object.get("registration_endpoint"), "registration_endpoint", allowLoopbackHttp),
                family, version);
    }

    /**
     * The URL given as {@code openid_configuration}: absolute https. Plain http to this machine only when
     * {@code allowLoopbackHttp} (a Recall that itself runs on plain http, i.e. development and tests).
     */
    public static URI configurationUrl(String text, boolean allowLoopbackHttp) throws RegistrationFailed {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new RegistrationFailed(400, RegistrationFailed.BAD_CONFIGURATION_URL);
        }
        try {
            URI uri = new URI(text.trim());
            if (isAllowed(uri, allowLoopbackHttp)) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new RegistrationFailed(400, RegistrationFailed.BAD_CONFIGURATION_URL);
    }

    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static URI url(String text, String field, boolean allowLoopbackHttp) throws RegistrationFailed {
        try {
            URI uri = new URI(text.trim());
            if (isAllowed(uri, allowLoopbackHttp)) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new RegistrationFailed(502, RegistrationFailed.MISSING_FIELD + field + " (not an https URL).");
    }

    private static boolean isAllowed(URI uri, boolean allowLoopbackHttp) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            return false;
        }
        return "https".equalsIgnoreCase(uri.getScheme())
                || (allowLoopbackHttp && "http".equalsIgnoreCase(uri.getScheme()) && isLoopback(uri.getHost()));
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }
}
