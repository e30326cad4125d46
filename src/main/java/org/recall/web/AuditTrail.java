package org.recall.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.recall.audit.Actor;
import org.recall.audit.AuditAction;
import org.recall.audit.AuditLog;
import org.recall.session.StudySession;

/**
 * Records the request's change in the audit log, with the client's address as the server saw it and what a
 * proxy said it forwarded ({@code X-Forwarded-For}, kept as told: it can be forged by a client that reaches
 * Recall directly). Call it after the change succeeded, so that a refused request leaves no event.
 */
@RequestScoped
public class AuditTrail {

    @Inject
    AuditLog log;

    @Inject
    HttpServletRequest request;

    /** A change made with the admin token (already checked); {@code platformId} when it concerns one platform. */
    public void admin(String authorization, Long platformId, AuditAction action, String target, String detail) {
        admin(authorization, platformId, action, target, null, detail);
    }

    /** A change made with the admin token about one LMS user of the platform {@code platformId}. */
    public void admin(String authorization, Long platformId, AuditAction action, String target, String subjectUser,
            String detail) {
        String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "").trim();
        record(Actor.admin(token), platformId, action, target, subjectUser, detail);
    }

    /** A change made by an instructor in their launch's session; {@code student} when it was about one. */
    public void instructor(StudySession session, AuditAction action, String target, String student, String detail) {
        record(Actor.instructor(session.userSub()), session.platformId(), action, target, student, detail);
    }

    /** A platform's administrator completed dynamic registration from {@code configurationUrl}. */
    public void registration(String configurationUrl, long platformId, AuditAction action, String target, String detail) {
        record(Actor.registration(configurationUrl), platformId, action, target, null, detail);
    }

    private void record(Actor actor, Long platformId, AuditAction action, String target, String subjectUser,
            String detail) {
        log.record(new AuditLog.Entry(actor, platformId, action, target, subjectUser, detail, request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For")), Instant.now());
    }
}
