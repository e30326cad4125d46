package org.recall.web.teach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.activity.Activities;
import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.web.ClientError;

/** Opens the teaching side for a bearer token: an instructor or administrator of a resource link launch. */
@ApplicationScoped
class TeachingScope {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    Decks decks;

    Teaching of(String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        if (session.resourceLinkId() == null) {
            throw new ClientError(409, "This launch has no resource link (it is a content selection): there is no class to show.");
        }
        Activity activity = activities.forSession(session);
        Deck deck = decks.find(new DeckId(activity.deckId()), activity.deckVersion(), DeckUser.platform(session.platformId()))
                .orElseThrow(() -> new ClientError(409, "The deck of this activity is no longer available."));
        return new Teaching(session, activity, deck);
    }
}
