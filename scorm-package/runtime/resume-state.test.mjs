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
  // The modes of issue 15: a whole Write round still queued, a Match board halfway, a True or false round.
  state.write = { queue: d.cards.map((c) => c.id), right: 150, missed: d.cards.slice(0, 120).map((c) => c.id) };
  const board = d.cards.slice(190, 196).map((c) => c.id);
  state.match = { tiles: board.flatMap((id) => [`b:${id}`, `f:${id}`]), matched: board.slice(0, 2), elapsed: 12345, penalty: 3000, misses: 3 };
  state.matchRecord = { bestMillis: 23400, lastMillis: 31000, games: 12 };
  state.trueFalse = {
    statements: Array.from({ length: 20 }, (_, i) => (i % 2 ? `c:c${i + 1}:c${200 - i}` : `q:q${i + 150}:${'abcdef'[i % 6]}`)),
    index: 7, round: { right: 5 }, stats: { right: 120, answered: 150, streak: 4, best: 31 },
  };
  state.streak = { day: 20512, days: 14 };
  // A Practice test of 50 items open, every item answered (a card's typed back among them), five done.
  const items = [...d.questions.slice(0, 40).map((q) => `q:${q.id}`), ...d.cards.slice(0, 10).map((c) => `c:${c.id}`)];
  state.test = {
    number: 6, items, deadline: '2025-01-02T04:00:00.000Z', startedAt: '2025-01-02T03:00:00.000Z',
    answers: Object.fromEntries(items.map((id, i) => [id, id.startsWith('c:') ? `typed back ${i}` : d.questions[i].options[i % 6].id])),
  };
  state.testHistory = [1, 2, 3, 4, 5].map((n) => ({ number: n, score: 40, maxScore: 50, submittedAt: '2025-01-02T03:04:05.000Z' }));
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
  assert.deepEqual(back.write, state.write);
  assert.deepEqual(back.match, state.match);
  assert.deepEqual(back.matchRecord, state.matchRecord);
  assert.deepEqual(back.trueFalse, state.trueFalse);
  assert.deepEqual(back.streak, state.streak);
  assert.deepEqual(back.testHistory, state.testHistory);
  assert.deepEqual(back.test.items, state.test.items);
  assert.equal(back.test.deadline, state.test.deadline);
  assert.deepEqual(Object.keys(back.test.answers).filter((id) => id.startsWith('q:')).length, 40, 'choices always kept');
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
