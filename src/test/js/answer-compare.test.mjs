// node --test src/test/js/  (run by StudyScriptsTest in the Maven build): the study UI's pure modules
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fold, compare, distance, allowedEdits, diffWords } from '../../main/webapp/app/js/modes/answer-compare.js';

// The vectors the server's Practice test grading (org.recall.quiz.TypedAnswer, TypedAnswerTest) passes too.
const VECTORS = JSON.parse(readFileSync(new URL('../resources/typed-answers.json', import.meta.url), 'utf8'));

test('the shared vectors: the page and the server accept the same answers', () => {
  for (const { typed, expected, accepted } of VECTORS) {
    assert.equal(compare(typed, expected).result !== 'wrong', accepted, `${typed} / ${expected}`);
  }
});

test('case, accents, punctuation and whitespace do not count', () => {
  assert.equal(fold('  Café, au\tLAIT! '), 'cafe au lait');
  assert.equal(fold('Ñandú — ¿qué?'), 'nandu que');
  assert.equal(compare('cafe au lait', 'Café au lait.').result, 'right');
  assert.equal(compare('MLOPS', 'MLOps').result, 'right');
});

test('typos are forgiven in proportion to the length', () => {
  assert.equal(allowedEdits(3), 0);
  assert.equal(allowedEdits(4), 1);
  assert.equal(allowedEdits(25), 2);
  assert.equal(compare('cat', 'car').result, 'wrong', 'no typo allowed under 4 letters');
  assert.equal(compare('pipline', 'pipeline').result, 'close');
  assert.equal(compare('pipeilne', 'pipeline').result, 'close', 'a swap of two letters is one edit');
  assert.equal(compare('pplne', 'pipeline').result, 'wrong');
  assert.equal(compare('continous integraton', 'continuous integration').result, 'close');
  assert.equal(compare('', 'anything').result, 'wrong');
});

test('distance counts insertions, deletions, substitutions and swaps', () => {
  assert.equal(distance('kitten', 'sitting'), 3);
  assert.equal(distance('ab', 'ba'), 1);
  assert.equal(distance('', 'abc'), 3);
});

test('the difference is shown word by word', () => {
  const diff = diffWords('models are versioned', 'Models and data are versioned.');
  assert.deepEqual(diff.typed.map((w) => w.ok), [true, true, true]);
  assert.deepEqual(diff.expected.filter((w) => !w.ok).map((w) => w.text), ['and', 'data']);
  const wrong = compare('code only', 'code and data');
  assert.deepEqual(wrong.typed.map((w) => w.ok), [true, false]);
});
