package org.recall.lti.ags;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTTP calls to a platform with a timeout on each (connect 3 s, request 10 s by default); non-2xx become {@link AgsException}. */
final class AgsHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*?rel\\s*=\\s*\"?next\"?", Pattern.CASE_INSENSITIVE);

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Clock clock;

    AgsHttp(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(requestTimeout);
    }

    /** Sends and returns a 2xx response; throws for anything else, or when the platform cannot be reached. */
    HttpResponse<String> send(HttpRequest request, String what) throws AgsException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw AgsException.unreachable(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AgsException.unreachable(what, e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw AgsException.refused(what, status, response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), clock);
        }
        return response;
    }

    /** The {@code rel="next"} target of the response's Link headers (RFC 8288; AGS 2.0 §3.2.4 paging). */
    static Optional<URI> nextPage(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Link")) {
            Matcher m = NEXT_LINK.matcher(header);
            if (m.find()) {
                return Optional.of(response.uri().resolve(m.group(1).trim()));
            }
        }
        return Optional.empty();
    }

    Clock clock() {
        return clock;
    }
}
