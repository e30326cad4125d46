package org.recall.web.study;

import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.session.StudySession;
import org.recall.study.Learner;

/** One study API call's who and what: the session, its activity and deck, and the learner they make. */
record StudyVisit(StudySession session, Activity activity, Deck deck, Learner learner) {

    /** Spaced review's desired retention, as the activity's teacher set it. */
    double retention() {
        return activity.modeSettings().desiredRetention();
    }

    java.util.List<String> cardIds() {
        return deck.cards().stream().map(org.recall.deck.Card::id).toList();
    }
}
