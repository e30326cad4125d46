package org.recall.lti.registration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.PlatformHttp;

/**
 * The two HTTP calls of a dynamic registration: GET the platform's OpenID configuration (§3.4) and POST
 * the registration with the registration token as bearer (§3.6). Bounded through {@link PlatformHttp}: 3 s to
 * connect, 10 s for the whole answer (a configuration sent a byte at a time cannot hold the thread), 64 KiB
 * per answer, no redirects followed. Answers are read by their body, whatever their media type.
 */
public final class RegistrationClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_BODY = 64 * 1024;

    private final PlatformHttp http;

    public RegistrationClient() {
        this(REQUEST_TIMEOUT);
    }

    /** A client whose answers must come within {@code deadline}. */
    public RegistrationClient(Duration deadline) {
        this.http = new PlatformHttp(CONNECT_TIMEOUT, deadline);
    }

    public OpenIdConfiguration configuration(URI configurationUrl, boolean allowLoopbackHttp) throws RegistrationFailed {
        HttpRequest request = http.request(configurationUrl)
                .header("Accept", "application/json")
                .GET().build();
        PlatformAnswer answer = send(request, RegistrationFailed.UNREACHABLE);
        if (answer.status() != 200) {
            throw new RegistrationFailed(502, RegistrationFailed.UNREACHABLE);
        }
        return OpenIdConfiguration.read(answer.text(), configurationUrl, allowLoopbackHttp);
    }

    public RegistrationAnswer register(OpenIdConfiguration platform, String registrationToken, ToolRegistration tool)
            throws RegistrationFailed {
        HttpRequest.Builder request = http.request(platform.registrationEndpoint())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(tool.toJsonText(), StandardCharsets.UTF_8));
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        PlatformAnswer answer = send(request.build(), RegistrationFailed.PLATFORM_UNREACHABLE);
        if (!answer.isSuccess()) {
            throw new RegistrationFailed(502, RegistrationFailed.PLATFORM_REFUSED);
        }
        return RegistrationAnswer.read(answer.text());
    }

    private PlatformAnswer send(HttpRequest request, String failure) throws RegistrationFailed {
        try {
            return http.send(request, MAX_BODY);
        } catch (PlatformHttp.Unanswered e) {
            throw new RegistrationFailed(502, failure);
        }
    }
}
