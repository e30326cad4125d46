package org.recall.web.teach;

import org.recall.activity.Activity;
import org.recall.deck.Deck;
import org.recall.session.StudySession;

/** An instructor's session with the activity it launched and that activity's deck (its pinned version). */
record Teaching(StudySession session, Activity activity, Deck deck) {
}
