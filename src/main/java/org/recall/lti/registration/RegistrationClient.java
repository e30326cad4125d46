package org.recall.lti.registration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The two HTTP calls of a dynamic registration: GET the platform's OpenID configuration (§3.4) and POST
 * the registration with the registration token as bearer (§3.6). Bounded: 3 s to connect, 10 s per
 * request, 64 KiB per answer, no redirects followed.
 */
public final class RegistrationClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_BODY = 64 * 1024;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public OpenIdConfiguration configuration(URI configurationUrl, boolean allowLoopbackHttp) throws RegistrationFailed {
        HttpRequest request = HttpRequest.newBuilder(configurationUrl)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .GET().build();
        Answer answer = send(request, RegistrationFailed.UNREACHABLE);
        if (answer.status() != 200) {
            throw new RegistrationFailed(502, RegistrationFailed.UNREACHABLE);
        }
        return OpenIdConfiguration.read(answer.body(), configurationUrl, allowLoopbackHttp);
    }

    public RegistrationAnswer register(OpenIdConfiguration platform, String registrationToken, ToolRegistration tool)
            throws RegistrationFailed {
        HttpRequest.Builder request = HttpRequest.newBuilder(platform.registrationEndpoint())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(tool.toJsonText(), StandardCharsets.UTF_8));
        if (registrationToken != null && !registrationToken.isBlank()) {
            request.header("Authorization", "Bearer " + registrationToken);
        }
        Answer answer = send(request.build(), RegistrationFailed.PLATFORM_UNREACHABLE);
        if (answer.status() < 200 || answer.status() > 299) {
            throw new RegistrationFailed(502, RegistrationFailed.PLATFORM_REFUSED);
        }
        return RegistrationAnswer.read(answer.body());
    }

    private record Answer(int status, String body) {
    }

    private Answer send(HttpRequest request, String failure) throws RegistrationFailed {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    throw new RegistrationFailed(502, failure);
                }
                return new Answer(response.statusCode(), new String(body, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RegistrationFailed(502, failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationFailed(502, failure);
        }
    }
}
