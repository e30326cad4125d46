package org.recall.web.decks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.deck.DeckUser;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.web.ClientError;
import org.recall.web.admin.AdminToken;

/** Who a deck request comes from, by its {@code Authorization} header: the admin token, a study session, or anyone. */
@ApplicationScoped
class DeckUsers {

    @Inject
    AdminToken adminToken;

    @Inject
    SessionToken sessions;

    /** Anyone when the header opens nothing: the catalog answers everyone, with what everyone may see. */
    DeckUser of(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return DeckUser.ANYONE;
        }
        if (adminToken.matches(authorization)) {
            return DeckUser.ADMIN;
        }
        try {
            return DeckUser.platform(sessions.require(authorization).platformId());
        } catch (ClientError noSession) {
            return DeckUser.ANYONE;
        }
    }

    /** The administrator or an instructor's session (401 or 403 otherwise): who may download an answer key. */
    DeckUser instructorOrAdmin(String authorization) {
        if (adminToken.matches(authorization)) {
            return DeckUser.ADMIN;
        }
        StudySession session = sessions.requireInstructor(authorization);
        return DeckUser.platform(session.platformId());
    }
}
