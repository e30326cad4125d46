package org.recall.web.teach;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.recall.deck.Card;
import org.recall.json.Json;
import org.recall.study.Learner;
import org.recall.study.SpacedReview;
import org.recall.study.SpacedState;
import org.recall.study.StudyTimes;
import org.recall.teach.TeachingStore;
import org.recall.web.CardMemoryJson;
import org.recall.web.ClientError;

/**
 * {@code GET /api/instructor/students/{userSub}/cards}: one student's mastery of each card of the deck
 * (FSRS state, retrievability, due date) and the time they spent in each mode. 404 for a user who never
 * launched the activity nor studied in it.
 */
@Path("api/instructor/students/{userSub}/cards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudentCardsResource {

    @Inject
    TeachingScope scope;

    @Inject
    TeachingStore store;

    @Inject
    SpacedReview spaced;

    @Inject
    StudyTimes times;

    @GET
    public String cards(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("userSub") String userSub) {
        Teaching t = scope.of(authorization);
        if (userSub.length() > 255 || !store.started(t.activity().id()).contains(userSub)) {
            throw ClientError.notFound("No student with this user id has studied in this activity.");
        }
        Learner learner = new Learner(t.activity().id(), userSub);
        SpacedState state = spaced.state(learner, t.activity().modeSettings().desiredRetention(),
                t.deck().cards().stream().map(Card::id).toList());
        var cards = Json.createArrayBuilder();
        for (SpacedState.Card card : state.cards()) {
            Card deckCard = t.deck().cards().stream().filter(c -> c.id().equals(card.id())).findFirst().orElseThrow();
            cards.add(CardMemoryJson.of(card).add("id", card.id()).add("prompt", deckCard.prompt()));
        }
        var seconds = Json.createObjectBuilder();
        times.of(learner).forEach(seconds::add);
        return Json.createObjectBuilder().add("userSub", userSub).add("dueNow", state.dueNow())
                .add("known", state.known()).add("cards", cards).add("modeSeconds", seconds).build().toString();
    }
}
