package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import javax.sql.DataSource;
import org.recall.store.Sql;

/** Recall &amp; Review self-ratings in the database. */
@ApplicationScoped
public class Reviews {

    private Sql sql;

    public Reviews() {
    }

    public Reviews(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /** Stores a rating of a card; the latest rating decides whether the card is known. */
    public ReviewState rate(Learner learner, String cardId, ReviewRating rating, List<String> deckCardIds) {
        sql.inTransaction(c -> {
            int changed = Sql.update(c, "UPDATE review_rating SET last_rating = ?, rating_count = rating_count + 1,"
                            + " updated_at = ? WHERE activity_id = ? AND user_sub = ? AND card_id = ?",
                    rating.name(), Instant.now(), learner.activityId(), learner.userSub(), cardId);
            if (changed == 0) {
                Sql.update(c, "INSERT INTO review_rating (activity_id, user_sub, card_id, last_rating, rating_count,"
                                + " updated_at) VALUES (?, ?, ?, ?, 1, ?)",
                        learner.activityId(), learner.userSub(), cardId, rating.name(), Instant.now());
            }
            return null;
        });
        return state(learner, deckCardIds);
    }

    /** The review state, in deck order; ratings of cards no longer in the deck are left out. */
    public ReviewState state(Learner learner, List<String> deckCardIds) {
        record Row(String cardId, ReviewRating rating, int count) {
        }
        var rows = new LinkedHashMap<String, Row>();
        sql.list("SELECT card_id, last_rating, rating_count FROM review_rating WHERE activity_id = ? AND user_sub = ?",
                rs -> new Row(rs.getString(1), ReviewRating.valueOf(rs.getString(2)), rs.getInt(3)),
                learner.activityId(), learner.userSub()).forEach(r -> rows.put(r.cardId(), r));
        var known = new ArrayList<String>();
        var notYet = new ArrayList<String>();
        var counts = new LinkedHashMap<String, Integer>();
        for (String cardId : deckCardIds) {
            Row row = rows.get(cardId);
            if (row != null) {
                (row.rating() == ReviewRating.KNOWN ? known : notYet).add(cardId);
                counts.put(cardId, row.count());
            }
        }
        return new ReviewState(known, notYet, counts);
    }
}
