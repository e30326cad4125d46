package org.recall.session;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.recall.lti.claims.Role;

/**
 * What Recall remembers of a launch for the length of a visit.
 *
 * @param launch the launch's details other features read (names, titles, locale, custom parameters,
 *               service endpoints), as written by {@link LaunchRecord}
 */
public record StudySession(
        String tokenHash,
        long platformId,
        String deploymentId,
        String userSub,
        Set<Role> roles,
        String resourceLinkId,
        String contextId,
        JsonObject launch,
        Instant expiresAt) {

    public boolean isInstructor() {
        return roles.contains(Role.INSTRUCTOR) || roles.contains(Role.ADMINISTRATOR);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Optional<String> text(String name) {
        return launch.containsKey(name) && !launch.isNull(name) ? Optional.of(launch.getString(name)) : Optional.empty();
    }

    /** The launch's locale, e.g. {@code "es-ES"}; English when the platform sent none. */
    public String locale() {
        return text(LaunchRecord.LOCALE).orElse("en");
    }
}
