package org.recall.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.web.ClientAddress;
import org.recall.web.ClientError;
import org.recall.web.Throttle;
import org.recall.web.TooManyRequests;

/**
 * Checks the admin API's bearer token in constant time. Without a configured token the API is closed. Guesses
 * are slowed: after {@link #GUESSES} wrong tokens from one client address, that address gets 429 (with
 * {@code Retry-After}) for every admin call, right token or not, until one more guess a minute is allowed. The
 * machine itself (loopback) is not slowed; behind a proxy, see {@code RECALL_CLIENT_ADDRESS_HEADER}.
 */
@ApplicationScoped
public class AdminToken {

    static final int GUESSES = 10;
    private static final Throttle WRONG_TOKENS = new Throttle(GUESSES, Duration.ofMinutes(1));

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "recall.admin-token")
    Optional<String> configured;

    /** Whether the header carries the admin token (false when none is configured); never throws. */
    public boolean matches(String authorizationHeader) {
        String expected = configured.map(String::trim).orElse("");
        String given = authorizationHeader != null && authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring("Bearer ".length()).trim() : "";
        return !expected.isEmpty()
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    public void check(String authorizationHeader) {
        String expected = configured.map(String::trim).orElse("");
        if (expected.isEmpty()) {
            throw new ClientError(401, "The admin API is closed: no RECALL_ADMIN_TOKEN is configured.");
        }
        String address = clientAddress.of(request);
        boolean counted = !ClientAddress.isLoopback(address);
        var wait = counted ? WRONG_TOKENS.waitFor(address) : java.util.OptionalLong.empty();
        if (wait.isPresent()) {
            throw new TooManyRequests("Too many wrong admin tokens from your address. Wait, then try again.",
                    wait.getAsLong());
        }
        String given = authorizationHeader != null && authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring("Bearer ".length()).trim() : "";
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            if (counted) {
                WRONG_TOKENS.take(address);
            }
            throw new ClientError(401, "A valid admin token is required (Authorization: Bearer <RECALL_ADMIN_TOKEN>).");
        }
    }
}
