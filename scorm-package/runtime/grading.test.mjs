// node --test scorm-package/runtime/grading.test.mjs  (run by ScormRuntimeTest in the Maven build)
// The package's graders give the server's credit for the cases of QuestionGradersTest, and the
// interactions are written in each SCORM edition's response format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { credit, keyOf, matchChoices, publicQuestion, plain, decimal } from './grading.js';
import { interaction, patterns, response } from './interactions.js';

const deck = JSON.parse(readFileSync(new URL('../../src/test/resources/decks/every-type.json', import.meta.url)));
const q = Object.fromEntries(deck.questions.map((question) => [question.id, question]));

test('multiple answer: Moodle partial credit, floor 0', () => {
  for (const [answer, expected] of [[['a', 'c'], 1], [['a'], 0.5], [['a', 'b'], 0], [['a', 'c', 'd'], 0.5],
    [['a', 'b', 'c', 'd'], 0], [[], 0]]) {
    assert.equal(credit(q.q2, answer), expected, JSON.stringify(answer));
  }
});

test('short answer: trimmed, NFC, case folded, wildcard', () => {
  for (const [answer, expected] of [['Tokyo', 1], ['  tokyo ', 1], ['TOKYO', 1], ['To\u0304kyo\u0304', 1], ['Kyoto', 0],
    ['Tokyo city', 0]]) {
    assert.equal(credit(q.q4, answer), expected, answer);
  }
  const colour = { type: 'short-answer', acceptedAnswers: ['colo*r', '5 \\* 3', 'a.b'] };
  assert.equal(credit(colour, 'Colour'), 1);
  assert.equal(credit(colour, 'colors'), 0);
  assert.equal(credit(colour, '5 * 3'), 1);
  assert.equal(credit(colour, 'axb'), 0);
  assert.equal(credit({ ...colour, caseSensitive: true }, 'Color'), 0);
});

test('numeric: within the tolerance, both ends, in decimals', () => {
  for (const [answer, expected] of [['9.81', 1], ['9.86', 1], ['9.76', 1], ['9.87', 0], ['9,8', 1], [' 9.8 ', 1],
    ['981e-2', 1], ['10', 0], ['-9.81', 0], ['nine', 0]]) {
    assert.equal(credit(q.q5, answer), expected, answer);
  }
  assert.equal(credit({ type: 'numeric', value: 0.3, tolerance: 0 }, '0.30'), 1);
  assert.equal(plain(decimal('1.50e1')), '15');
});

test('true/false, single choice, matching', () => {
  assert.equal(credit(q.q3, true), 1);
  assert.equal(credit(q.q3, false), 0);
  assert.equal(credit(q.q1, 'a'), 1);
  assert.equal(credit(q.q1, 'b'), 0);
  assert.equal(credit(q.q6, { p1: 'Madrid', p2: 'Rome', p3: 'Barcelona' }), 2 / 3);
  assert.deepEqual(matchChoices(q.q6), ['Athens', 'Barcelona', 'Madrid', 'Rome']);
  assert.deepEqual(keyOf(q.q6).correctAnswer, { p1: 'Madrid', p2: 'Rome', p3: 'Athens' });
});

test('the public question has no key', () => {
  for (const question of deck.questions) {
    const text = JSON.stringify(publicQuestion(question));
    for (const secret of ['correctOptionId', 'correct"', 'acceptedAnswers', 'Tokio', '9.81', 'pairs', 'explanation']) {
      assert.ok(!text.includes(secret), `${secret} in ${text}`);
    }
  }
});

test('interactions in each edition\'s format', () => {
  assert.deepEqual(patterns(q.q2, '2004'), ['a[,]c']);
  assert.deepEqual(patterns(q.q2, '1.2'), ['a,c']);
  assert.deepEqual(patterns(q.q3, '1.2'), ['t']);
  assert.deepEqual(patterns(q.q4, '2004'), ['Tokyo', 'Tōkyō', 'Tokio']);
  assert.deepEqual(patterns(q.q5, '2004'), ['9.76[:]9.86']);
  assert.deepEqual(patterns(q.q6, '2004'), ['p1[.]c2[,]p2[.]c3[,]p3[.]c0']);
  assert.equal(response(q.q6, { p1: 'Madrid', p3: 'Barcelona' }, '1.2'), 'p1.c2,p3.c1');
  assert.equal(response(q.q5, '9,8', '2004'), '9.8');
  assert.equal(response(q.q5, '1e7', '2004'), '', 'beyond real(10,7) as scorm-again reads it');
  assert.deepEqual(interaction(3, q.q2, ['a'], 0.5, '1.2'), [
    ['cmi.interactions.3.id', 'q2'], ['cmi.interactions.3.type', 'choice'],
    ['cmi.interactions.3.correct_responses.0.pattern', 'a,c'], ['cmi.interactions.3.weighting', '1'],
    ['cmi.interactions.3.student_response', 'a'], ['cmi.interactions.3.result', '0.5']]);
  assert.deepEqual(interaction(0, q.q3, false, 0, '2004').at(-1), ['cmi.interactions.0.result', 'incorrect']);
});
