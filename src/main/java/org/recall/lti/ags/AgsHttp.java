package org.recall.lti.ags;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.PlatformHttp;

/** AGS and token calls through the bounded {@link PlatformHttp}; anything but 2xx becomes an {@link AgsException}. */
final class AgsHttp {

    static final Duration CONNECT_TIMEOUT = PlatformHttp.CONNECT_TIMEOUT;
    static final Duration REQUEST_TIMEOUT = PlatformHttp.DEADLINE;

    private final PlatformHttp http;
    private final Clock clock;

    AgsHttp(Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = new PlatformHttp(connectTimeout, requestTimeout);
        this.clock = clock;
    }

    HttpRequest.Builder request(URI uri) {
        return http.request(uri);
    }

    /** The 2xx answer of the platform; an {@link AgsException} for anything else. */
    PlatformAnswer send(HttpRequest request, String step, int maxBytes) throws AgsException {
        PlatformAnswer answer = exchange(request, step, maxBytes);
        if (!answer.isSuccess()) {
            throw AgsException.refused(step, answer, Optional.empty(), clock);
        }
        return answer;
    }

    /** The platform's answer whatever its status; an {@link AgsException} only when none came. */
    PlatformAnswer exchange(HttpRequest request, String step, int maxBytes) throws AgsException {
        try {
            return http.send(request, maxBytes);
        } catch (PlatformHttp.Unanswered e) {
            throw AgsException.unanswered(step, request.uri(), e);
        }
    }

    Clock clock() {
        return clock;
    }
}
