package org.recall.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recall.web.ClientError;

/** Checks the admin API's bearer token in constant time. Without a configured token the API is closed. */
@ApplicationScoped
public class AdminToken {

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
        String given = authorizationHeader != null && authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring("Bearer ".length()).trim() : "";
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new ClientError(401, "A valid admin token is required (Authorization: Bearer <RECALL_ADMIN_TOKEN>).");
        }
    }
}
