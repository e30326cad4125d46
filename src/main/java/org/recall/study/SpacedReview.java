package org.recall.study;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.recall.store.Sql;
import org.recall.study.fsrs.MemoryState;
import org.recall.study.fsrs.Phase;
import org.recall.study.fsrs.Rating;
import org.recall.study.fsrs.Scheduler;

/**
 * FSRS memory states in the database, one per student and card, kept across launches (issue 15). Spaced
 * review rates Again/Hard/Good/Easy here; Recall &amp; Review and Write rate the same cards
 * ({@link #rate}), so every mode that tests recall moves the same schedule.
 */
@ApplicationScoped
public class SpacedReview {

    /** Anki's default "learn ahead limit": learning cards due this soon are shown when nothing else is due. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    private static final String COLUMNS = "card_id, phase, learning_step, stability, difficulty, last_rating,"
            + " last_review, due_at, reviews, lapses";

    private Sql sql;
    private Clock clock = Clock.systemUTC();
    private boolean fuzz = true;

    public SpacedReview() {
    }

    /** For tests: a store on this database, reading the time from {@code clock}, without interval fuzz. */
    public SpacedReview(DataSource dataSource, Clock clock) {
        this(dataSource, clock, false);
    }

    /** A store on this database; {@code fuzz} spreads intervals of three days and more a little (py-fsrs). */
    public SpacedReview(DataSource dataSource, Clock clock, boolean fuzz) {
        init(dataSource);
        this.clock = clock;
        this.fuzz = fuzz;
    }

    @Inject
    void init(DataSource dataSource) {
        this.sql = new Sql(dataSource);
    }

    /**
     * The scheduler for one review of one card. Its fuzz is drawn from the student, the card and its number
     * of reviews, so the wait a rating button shows ({@link #preview}) is the wait the rating gives.
     */
    private Scheduler scheduler(double retention, Learner learner, CardMemory card) {
        return new Scheduler(retention, fuzz ? new SplittableRandom(Objects.hash(learner.activityId(), learner.userSub(),
                card.cardId(), card.reviews())) : null);
    }

    /** Rates a card now and answers the new state of the deck. */
    public SpacedState rate(Learner learner, double retention, String cardId, Rating rating, List<String> deckCardIds) {
        record(learner, retention, cardId, rating);
        return state(learner, retention, deckCardIds);
    }

    /** Rates a card now (from any mode that tests recall) and answers its new memory. */
    public CardMemory record(Learner learner, double retention, String cardId, Rating rating) {
        Instant now = clock.instant();
        return sql.inTransaction(c -> {
            List<CardMemory> stored = Sql.list(c, "SELECT " + COLUMNS + " FROM fsrs_card WHERE activity_id = ?"
                    + " AND user_sub = ? AND card_id = ? FOR UPDATE", SpacedReview::row, learner.activityId(),
                    learner.userSub(), cardId);
            CardMemory card = stored.isEmpty() ? CardMemory.fresh(cardId, now) : stored.get(0);
            CardMemory after = card.after(rating, scheduler(retention, learner, card).review(card.state(), rating, now));
            store(c, learner, after, stored.isEmpty());
            return after;
        });
    }

    private static void store(Connection c, Learner learner, CardMemory card, boolean insert) throws SQLException {
        MemoryState s = card.state();
        Object[] values = {s.phase().name(), s.step(), s.stability(), s.difficulty(), card.lastRating().name(),
            s.lastReview(), s.due(), card.reviews(), card.lapses(), learner.activityId(), learner.userSub(), card.cardId()};
        Sql.update(c, insert
                ? "INSERT INTO fsrs_card (phase, learning_step, stability, difficulty, last_rating, last_review, due_at,"
                        + " reviews, lapses, activity_id, user_sub, card_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE fsrs_card SET phase = ?, learning_step = ?, stability = ?, difficulty = ?, last_rating = ?,"
                        + " last_review = ?, due_at = ?, reviews = ?, lapses = ? WHERE activity_id = ? AND user_sub = ?"
                        + " AND card_id = ?", values);
    }

    /** Every card of the deck (a card never reviewed is new and due now) and what to review now. */
    public SpacedState state(Learner learner, double retention, List<String> deckCardIds) {
        Map<String, CardMemory> stored = new HashMap<>();
        sql.list("SELECT " + COLUMNS + " FROM fsrs_card WHERE activity_id = ? AND user_sub = ?", SpacedReview::row,
                learner.activityId(), learner.userSub()).forEach(card -> stored.put(card.cardId(), card));
        return state(stored, retention, deckCardIds, clock.instant());
    }

    /** The state of every student of the activity who has reviewed a card, by user id (the teaching view). */
    public Map<String, SpacedState> states(long activityId, double retention, List<String> deckCardIds) {
        Map<String, Map<String, CardMemory>> byStudent = new HashMap<>();
        sql.list("SELECT user_sub, " + COLUMNS + " FROM fsrs_card WHERE activity_id = ?", rs -> byStudent
                .computeIfAbsent(rs.getString("user_sub"), k -> new HashMap<>()).put(rs.getString("card_id"), row(rs)),
                activityId);
        Instant now = clock.instant();
        Map<String, SpacedState> states = new HashMap<>();
        byStudent.forEach((user, cards) -> states.put(user, state(cards, retention, deckCardIds, now)));
        return states;
    }

    /** The state of a student who has reviewed nothing yet. */
    public SpacedState untouched(double retention, List<String> deckCardIds) {
        return state(Map.of(), retention, deckCardIds, clock.instant());
    }

    private SpacedState state(Map<String, CardMemory> stored, double retention, List<String> deckCardIds, Instant now) {
        Scheduler scheduler = new Scheduler(retention, null);
        var cards = new ArrayList<SpacedState.Card>();
        for (String cardId : deckCardIds) {
            CardMemory card = stored.getOrDefault(cardId, CardMemory.fresh(cardId, now));
            double r = scheduler.retrievability(card.state(), now);
            cards.add(new SpacedState.Card(card, r, Mastery.of(card, r, retention)));
        }
        Comparator<SpacedState.Card> soonest = Comparator.comparing(c -> c.memory().state().due());
        List<String> due = cards.stream().filter(c -> c.memory().state().isDueAt(now)).sorted(soonest)
                .map(SpacedState.Card::id).toList();
        if (due.isEmpty()) {
            due = cards.stream().filter(c -> c.memory().state().phase() != Phase.REVIEW && c.memory().reviews() > 0
                    && c.memory().state().isDueAt(now.plus(LEARN_AHEAD))).sorted(soonest).map(SpacedState.Card::id).toList();
        }
        return new SpacedState(now, retention, cards, due);
    }

    /** The wait each rating would give the card now (fuzz included): shown on the rating buttons. */
    public Map<Rating, Duration> preview(Learner learner, CardMemory card, double retention) {
        Instant now = clock.instant();
        var waits = new EnumMap<Rating, Duration>(Rating.class);
        for (Rating rating : Rating.values()) {
            // A scheduler of its own per rating: each draws the fuzz its rating would draw.
            waits.put(rating, Duration.between(now, scheduler(retention, learner, card).review(card.state(), rating, now).due()));
        }
        return waits;
    }

    private static CardMemory row(ResultSet rs) throws SQLException {
        var state = new MemoryState(Phase.valueOf(rs.getString("phase")), rs.getInt("learning_step"),
                rs.getDouble("stability"), rs.getDouble("difficulty"), Sql.instant(rs, "last_review"),
                Sql.instant(rs, "due_at"));
        return new CardMemory(rs.getString("card_id"), state, Rating.valueOf(rs.getString("last_rating")),
                rs.getInt("reviews"), rs.getInt("lapses"));
    }
}
