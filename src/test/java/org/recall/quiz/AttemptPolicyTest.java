package org.recall.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recall.activity.AttemptPolicy;

/** The score a policy sends for a student's attempts (the grade outbox gets it at every submit). */
class AttemptPolicyTest {

    private static final List<Double> SCORES = List.of(6.0, 10.0, 4.0);

    @Test
    void highestLatestAverage() {
        assertEquals(10.0, AttemptPolicy.HIGHEST.apply(SCORES).orElseThrow());
        assertEquals(4.0, AttemptPolicy.LATEST.apply(SCORES).orElseThrow());
        assertEquals(20.0 / 3, AttemptPolicy.AVERAGE.apply(SCORES).orElseThrow(), 1e-9);
    }

    @Test
    void noAttemptsNoScore() {
        assertTrue(AttemptPolicy.HIGHEST.apply(List.of()).isEmpty());
    }
}
