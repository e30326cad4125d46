package org.recall.audit;

import java.time.Instant;

/**
 * One audited change. {@code target} names what changed (e.g. {@code platform 3}, {@code deck ci-basics}), and
 * {@code platformId} the platform it concerns (an instructor's, a platform added), and {@code subjectUser} the
 * LMS user of that platform it was about, if any;
 * {@code detail} says how, in a sentence, never holding a secret; {@code address} is the client's address
 * as the server saw it (behind a proxy, the proxy's), {@code forwardedFor} what the proxy said it forwarded.
 */
public record AuditEvent(long id, Instant at, Actor actor, Long platformId, AuditAction action, String target,
        String subjectUser, String detail, String address, String forwardedFor) {
}
