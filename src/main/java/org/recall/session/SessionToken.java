package org.recall.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.web.ClientError;

/**
 * Opens the study session named by an {@code Authorization: Bearer <token>} header, for the JSON API
 * the study pages call. No cookie is involved (they are dropped in LMS iframes).
 */
@ApplicationScoped
public class SessionToken {

    static final String EXPIRED = "Your study session has expired or is not valid. Open the activity from your course again.";

    @Inject
    StudySessions sessions;

    public StudySession require(String authorizationHeader) {
        String token = authorizationHeader != null && authorizationHeader.startsWith("Bearer ")
                ? authorizationHeader.substring("Bearer ".length()).trim() : null;
        return sessions.find(token).orElseThrow(() -> new ClientError(401, EXPIRED));
    }

    /** Like {@link #require} and also an instructor or administrator of the launch. */
    public StudySession requireInstructor(String authorizationHeader) {
        StudySession session = require(authorizationHeader);
        if (!session.isInstructor()) {
            throw ClientError.forbidden("Only instructors of this course can do this.");
        }
        return session;
    }
}
