package org.recall.web.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.activity.Activities;
import org.recall.activity.Activity;
import org.recall.activity.StudyMode;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.study.Learner;
import org.recall.web.ClientError;

/** Opens a {@link StudyVisit} from the bearer token: 401 without a live session, 403 for a mode not offered. */
@ApplicationScoped
class StudyVisits {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    Decks decks;

    /** A visit for any mode of the activity (the deck and the session serve them all). */
    StudyVisit open(String authorization) {
        StudySession session = sessions.require(authorization);
        Activity activity = activities.forSession(session);
        Deck deck = decks.find(new DeckId(activity.deckId()), activity.deckVersion(),
                DeckUser.platform(session.platformId())).orElseThrow(() -> ClientError.notFound(
                "This activity's deck '" + activity.deckId() + "' is not available. Tell your instructor."));
        return new StudyVisit(session, activity, deck, new Learner(activity.id(), session.userSub()));
    }

    /**
     * A visit for one mode, refused (403) when the activity does not offer it. The visit holds the activity
     * as the mode sees it ({@link Activity#forMode}): the quiz or Practice test that is not the graded mode
     * is ungraded practice.
     */
    StudyVisit open(String authorization, StudyMode mode) {
        StudyVisit visit = open(authorization);
        if (!visit.activity().offers(mode)) {
            throw ClientError.forbidden("This activity does not offer the '" + mode.code() + "' mode.");
        }
        return new StudyVisit(visit.session(), visit.activity().forMode(mode), visit.deck(), visit.learner());
    }

    /** The mode named in a URL, refused (400) when there is no such mode. */
    static StudyMode mode(String code) {
        return StudyMode.fromCode(code)
                .orElseThrow(() -> ClientError.badRequest("mode", "There is no study mode '" + code + "'."));
    }
}
