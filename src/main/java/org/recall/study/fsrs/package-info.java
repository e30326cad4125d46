/**
 * FSRS-6, the Free Spaced Repetition Scheduler (the scheduler Anki ships since 23.10): a port of the
 * reference implementation open-spaced-repetition/py-fsrs 6 with its 21 default parameters, tested
 * against the reference implementations' own vectors ({@code SchedulerTest}). No Java FSRS library
 * resolves from Maven Central here, so the formulas live in this package and nothing else.
 * Knows nothing of decks or the database: {@link org.recall.study.SpacedReview} stores the states.
 */
package org.recall.study.fsrs;
