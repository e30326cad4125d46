package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.recall.store.Sql;

/** Leitner boxes in the database, kept across launches (issue 5, mode 4). */
@ApplicationScoped
public class SpacedReview {

    private Sql sql;
    private Clock clock = Clock.systemUTC();

    public SpacedReview() {
    }

    /** For tests: a store on this database, reading the time from {@code clock}. */
    public SpacedReview(DataSource dataSource, Clock clock) {
        init(dataSource);
        this.clock = clock;
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Moves the card after a review and answers the new state of the deck's cards. */
    public SpacedState review(Learner learner, String cardId, boolean known, List<String> deckCardIds) {
        Instant now = clock.instant();
        sql.inTransaction(c -> {
            LeitnerCard card = Sql.list(c, "SELECT box, due_at FROM leitner_card WHERE activity_id = ? AND user_sub = ?"
                            + " AND card_id = ?", rs -> new LeitnerCard(cardId, rs.getInt(1), Sql.instant(rs, "due_at")),
                    learner.activityId(), learner.userSub(), cardId).stream().findFirst()
                    .orElse(null);
            LeitnerCard moved = (card == null ? LeitnerCard.fresh(cardId, now) : card).afterReview(known, now);
            if (card == null) {
                Sql.update(c, "INSERT INTO leitner_card (activity_id, user_sub, card_id, box, due_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)",
                        learner.activityId(), learner.userSub(), cardId, moved.box(), moved.dueAt(), now);
            } else {
                Sql.update(c, "UPDATE leitner_card SET box = ?, due_at = ?, updated_at = ? WHERE activity_id = ?"
                                + " AND user_sub = ? AND card_id = ?",
                        moved.box(), moved.dueAt(), now, learner.activityId(), learner.userSub(), cardId);
            }
            return moved;
        });
        return state(learner, deckCardIds);
    }

    /** Every card of the deck in its box (box 1 and due now when never reviewed). */
    public SpacedState state(Learner learner, List<String> deckCardIds) {
        Instant now = clock.instant();
        Map<String, LeitnerCard> stored = new HashMap<>();
        sql.list("SELECT card_id, box, due_at FROM leitner_card WHERE activity_id = ? AND user_sub = ?",
                rs -> new LeitnerCard(rs.getString("card_id"), rs.getInt("box"), Sql.instant(rs, "due_at")),
                learner.activityId(), learner.userSub()).forEach(card -> stored.put(card.cardId(), card));
        var boxes = new LinkedHashMap<String, Integer>();
        var due = new ArrayList<String>();
        var nextDue = new LinkedHashMap<String, Instant>();
        for (String cardId : deckCardIds) {
            LeitnerCard card = stored.getOrDefault(cardId, LeitnerCard.fresh(cardId, now));
            boxes.put(cardId, card.box());
            nextDue.put(cardId, card.dueAt());
            if (card.isDueAt(now)) {
                due.add(cardId);
            }
        }
        return new SpacedState(boxes, due, nextDue);
    }
}
