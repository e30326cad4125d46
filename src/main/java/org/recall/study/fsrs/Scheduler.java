package org.recall.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 scheduler: from a card's memory state and a rating, the next state and due date. A port of
 * {@code Scheduler.review_card} of open-spaced-repetition/py-fsrs 6 ({@code fsrs/scheduler.py}); the
 * formula names follow the FSRS-6 description (fsrs4anki wiki, "The Algorithm"). Same-day reviews use the
 * short-term stability formula, learning and relearning go through minute steps, and day intervals are
 * rounded half to even, as Python's {@code round} does.
 */
public final class Scheduler {

    /** FSRS-6 default parameters w0..w20 (py-fsrs {@code DEFAULT_PARAMETERS}, ts-fsrs and fsrs-rs alike). */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334,
            3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912,
            0.0658, 0.1542);
    public static final double DEFAULT_RETENTION = 0.9;
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;
    public static final List<Duration> LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    public static final List<Duration> RELEARNING_STEPS = List.of(Duration.ofMinutes(10));
    public static final int MAXIMUM_INTERVAL = 36_500;
    static final double STABILITY_MIN = 0.001;

    private final double[] w = DEFAULT_PARAMETERS.stream().mapToDouble(Double::doubleValue).toArray();
    private final double retention;
    private final RandomGenerator fuzz;
    /** Forgetting curve R(t, S) = (1 + FACTOR t / S)^DECAY, with DECAY = -w20 and R(S, S) = 0.9. */
    private final double decay = -w[20];
    private final double factor = Math.pow(0.9, 1 / decay) - 1;

    /** @param fuzz null for exact intervals (tests); else intervals of 3 days and more are spread a little */
    public Scheduler(double desiredRetention, RandomGenerator fuzz) {
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention out of 0.70..0.97: " + desiredRetention);
        }
        this.retention = desiredRetention;
        this.fuzz = fuzz;
    }

    /** The probability that the student recalls the card now: 0 before its first review. */
    public double retrievability(MemoryState card, Instant now) {
        if (!card.reviewed()) {
            return 0;
        }
        long days = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return Math.pow(1 + factor * days / card.stability(), decay);
    }

    public MemoryState review(MemoryState card, Rating rating, Instant now) {
        double s;
        double d;
        boolean sameDay = card.reviewed() && Duration.between(card.lastReview(), now).toDays() < 1;
        if (card.stability() == null) {
            s = Math.max(STABILITY_MIN, w[rating.grade() - 1]);
            d = clampDifficulty(initialDifficulty(rating.grade()));
        } else {
            s = sameDay ? shortTermStability(card.stability(), rating)
                    : nextStability(card.difficulty(), card.stability(), retrievability(card, now), rating);
            d = nextDifficulty(card.difficulty(), rating);
        }
        if (card.phase() == Phase.REVIEW) {
            if (rating == Rating.AGAIN && !RELEARNING_STEPS.isEmpty()) {
                return new MemoryState(Phase.RELEARNING, 0, s, d, now, now.plus(RELEARNING_STEPS.get(0)));
            }
            return graduated(s, d, now);
        }
        List<Duration> steps = card.phase() == Phase.LEARNING ? LEARNING_STEPS : RELEARNING_STEPS;
        int step = card.step();
        if (steps.isEmpty() || (step >= steps.size() && rating.recalled())) {
            return graduated(s, d, now);
        }
        return switch (rating) {
            case AGAIN -> new MemoryState(card.phase(), 0, s, d, now, now.plus(steps.get(0)));
            // Hard stays on its step; on the first of two steps it waits halfway between them.
            case HARD -> new MemoryState(card.phase(), step, s, d, now, now.plus(step == 0 && steps.size() == 1
                    ? steps.get(0).multipliedBy(3).dividedBy(2)
                    : step == 0 ? steps.get(0).plus(steps.get(1)).dividedBy(2) : steps.get(step)));
            case GOOD -> step + 1 == steps.size() ? graduated(s, d, now)
                    : new MemoryState(card.phase(), step + 1, s, d, now, now.plus(steps.get(step + 1)));
            case EASY -> graduated(s, d, now);
        };
    }

    private MemoryState graduated(double s, double d, Instant now) {
        return new MemoryState(Phase.REVIEW, 0, s, d, now, now.plus(Duration.ofDays(fuzzed(interval(s)))));
    }

    /** I(r, S) = S / FACTOR (r^(1/DECAY) - 1) in whole days, at least 1, at most the maximum interval. */
    public int interval(double stability) {
        double days = stability / factor * (Math.pow(retention, 1 / decay) - 1);
        return (int) Math.min(MAXIMUM_INTERVAL, Math.max(1, Math.rint(days)));
    }

    /** py-fsrs {@code _get_fuzzed_interval}: ±15 % from 2.5 to 7 days, ±10 % to 20 days, ±5 % beyond. */
    private int fuzzed(int days) {
        if (fuzz == null || days < 2.5) {
            return days;
        }
        double delta = 1.0 + 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0) + 0.1 * Math.max(Math.min(days, 20.0) - 7, 0)
                + 0.05 * Math.max(days - 20.0, 0);
        int max = (int) Math.min(Math.rint(days + delta), MAXIMUM_INTERVAL);
        int min = (int) Math.min(Math.max(2, Math.rint(days - delta)), max);
        return (int) Math.min(Math.rint(fuzz.nextDouble() * (max - min + 1) + min), MAXIMUM_INTERVAL);
    }

    /** D0(G) = w4 - e^(w5 (G - 1)) + 1, unclamped (mean reversion aims at D0(Easy) unclamped). */
    private double initialDifficulty(int grade) {
        return w[4] - Math.exp(w[5] * (grade - 1)) + 1;
    }

    /** D' = w7 D0(4) + (1 - w7) (D + (10 - D) ΔD / 9), ΔD = -w6 (G - 3): linear damping, mean reversion. */
    private double nextDifficulty(double d, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = d + (10 - d) * delta / 9;
        return clampDifficulty(w[7] * initialDifficulty(4) + (1 - w[7]) * damped);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }

    /** S' = S e^(w17 (G - 3 + w18)) S^-w19, the increase at least 1 for Good and Easy. */
    private double shortTermStability(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1);
        }
        return Math.max(STABILITY_MIN, s * increase);
    }

    private double nextStability(double d, double s, double r, Rating rating) {
        double next;
        if (rating == Rating.AGAIN) {
            // S'f = min(w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), S / e^(w17 w18))
            next = Math.min(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]),
                    s / Math.exp(w[17] * w[18]));
        } else {
            // S'r = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) hard easy)
            double hard = rating == Rating.HARD ? w[15] : 1;
            double easy = rating == Rating.EASY ? w[16] : 1;
            next = s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy);
        }
        return Math.max(STABILITY_MIN, next);
    }
}
