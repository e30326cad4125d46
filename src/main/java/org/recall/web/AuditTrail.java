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

    /** Where a request came from, kept for an event recorded later, off the request's thread. */
    public record Origin(String address, String forwardedFor) {

        public AuditLog.Entry entry(Actor actor, Long platformId, AuditAction action, String target, String detail) {
            return new AuditLog.Entry(actor, platformId, action, target, null, detail, address, forwardedFor);
        }
    }

    public Origin origin() {
        return new Origin(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private void record(Actor actor, Long platformId, AuditAction action, String target, String subjectUser,
            String detail) {
        Origin origin = origin();
        log.record(new AuditLog.Entry(actor, platformId, action, target, subjectUser, detail, origin.address(),
                origin.forwardedFor()), Instant.now());
    }
}
