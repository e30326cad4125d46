// node --test scorm-package/runtime/resume-state.test.mjs  (run by ResumeStateSizeTest in the Maven build)
// The resume state of a deck at the format's limits fits SCORM 1.2's 4,096 characters, and decodes to
// what was encoded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeState, decodeState, emptyState, encodeBits, decodeBits } from './resume-state.js';

function deck(cards, questions, prompts) {
  return {
    cards: Array.from({ length: cards }, (_, i) => ({ id: `c${i + 1}` })),
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `q${i + 1}`, options: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
    })),
    explainPrompts: Array.from({ length: prompts }, (_, i) => ({ id: `e${i + 1}`, keyConcepts: ['1', '2', '3', '4', '5', '6'] })),
  };
}

function fullState(d) {
  const state = emptyState();
  // Worst case: every card still queued, rated both ways, every question answered, every concept ticked.
  state.review = { queue: d.cards.map((c) => c.id).reverse(), rounds: 12, stopped: true };
  d.cards.forEach((c) => { state.known.add(c.id); state.notYet.add(c.id); });
  state.quiz = { number: 7, answers: Object.fromEntries(d.questions.map((q, i) => [q.id, q.options[i % 6].id])) };
  state.history = [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, correct: 150, total: 200, submittedAt: '2025-01-02T03:04:05.000Z' }));
  state.explainIndex = 3;
  d.explainPrompts.forEach((p, i) => { state.explain[p.id] = { text: `answer ${i} `.repeat(40), concepts: [0, 2, 5] }; });
  return state;
}

test('a deck of 200 cards and 200 questions fits SCORM 1.2 suspend_data', () => {
  const d = deck(200, 200, 50);
  const state = fullState(d);
  const text = encodeState(d, state, 4096);
  console.log(`200 cards, 200 questions, 50 prompts: ${text.length} characters (texts dropped to fit)`);
  assert.ok(text.length <= 4096, `${text.length} characters`);
  const back = decodeState(d, text);
  assert.deepEqual(back.review, state.review);
  assert.deepEqual([...back.known].sort(), [...state.known].sort());
  assert.deepEqual([...back.notYet].sort(), [...state.notYet].sort());
  assert.deepEqual(back.quiz, state.quiz);
  assert.equal(back.history.length, 5);
  assert.deepEqual(back.history[4], state.history[5]);
  assert.equal(back.explainIndex, 3);
  assert.deepEqual(back.explain.e1.concepts, [0, 2, 5]);
});

test('without explain texts, even the format limits (500 cards) fit SCORM 1.2', () => {
  const d = deck(500, 200, 50);
  const state = fullState(d);
  state.explain = Object.fromEntries(d.explainPrompts.map((p) => [p.id, { text: '', concepts: [1] }]));
  const text = encodeState(d, state, 4096);
  assert.ok(text.length <= 4096, `${text.length} characters`);
  assert.deepEqual(decodeState(d, text).review.queue, state.review.queue);
});

test('explain texts are kept while they fit (SCORM 2004)', () => {
  const d = deck(200, 200, 50);
  const state = fullState(d);
  const back = decodeState(d, encodeState(d, state, 64000));
  assert.equal(back.explain.e50.text, state.explain.e50.text);
});

test('bitsets round-trip', () => {
  const positions = [0, 5, 6, 63, 199];
  assert.deepEqual(decodeBits(encodeBits(positions, 200), 200), positions);
  assert.equal(encodeBits([], 200), '');
});

test('unreadable state starts afresh', () => {
  const d = deck(3, 1, 0);
  assert.deepEqual(decodeState(d, 'not json').known, new Set());
  assert.equal(decodeState(d, '{"v":9}').review, null);
});

test('the open attempt of every question type resumes as it was', async () => {
  const { readFileSync } = await import('node:fs');
  const d = JSON.parse(readFileSync(new URL('../../src/test/resources/decks/every-type.json', import.meta.url)));
  const state = emptyState();
  state.quiz = { number: 2, answers: { q1: 'c', q2: ['a', 'd'], q3: false, q4: ' Tokio ', q5: '9,8',
    q6: { p1: 'Madrid', p3: 'Barcelona' } } };
  const back = decodeState(d, encodeState(d, state, 4096));
  assert.deepEqual(back.quiz, state.quiz);
});

test('short answers are dropped, longest first, when the state would not fit', () => {
  const d = deck(0, 3, 0);
  d.questions.forEach((q) => { q.type = 'short-answer'; });
  const state = emptyState();
  state.quiz = { number: 1, answers: { q1: 'x'.repeat(300), q2: 'short', q3: 'y'.repeat(200) } };
  const back = decodeState(d, encodeState(d, state, 300));
  assert.deepEqual(back.quiz.answers, { q2: 'short', q3: 'y'.repeat(200) });
});
