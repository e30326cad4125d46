// node --test src/test/js/  (run by StudyScriptsTest): the pure parts of Match, True or false and the
// SCORM runtime's True or false dealer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newBoard } from '../../main/webapp/app/js/modes/match.js';
import { statementText } from '../../main/webapp/app/js/modes/truefalse.js';
import { dealRound, checkTruth } from '../../../scorm-package/runtime/true-false.js';

const deck = {
  cards: Array.from({ length: 9 }, (_, i) => ({ id: `c${i + 1}`, prompt: `front ${i + 1}`, answer: `back ${i + 1}` })),
  questions: [
    { id: 'q1', prompt: 'Which?', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], correctOptionId: 'b' },
    { id: 'q2', type: 'multiple-answer', prompt: 'Which ones?', options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' },
      { id: 'c', text: 'C' }], correctOptionIds: ['a', 'c'] },
    { id: 'q3', type: 'true-false', prompt: 'The sky is green.', correct: false },
    { id: 'q4', type: 'numeric', prompt: 'How many?', value: 4 },
  ],
};

test('a Match board holds six pairs, each card front and back once', () => {
  const board = newBoard(deck);
  assert.equal(board.tiles.length, 12);
  const cards = new Set(board.tiles.map((tile) => tile.slice(2)));
  assert.equal(cards.size, 6);
  for (const id of cards) assert.deepEqual(board.tiles.filter((t) => t.endsWith(`:${id}`)).map((t) => t[0]).sort(), ['b', 'f']);
  assert.equal(newBoard({ cards: deck.cards.slice(0, 2) }).tiles.length, 4);
});

test('statements name a card and a back, or a question and an option', () => {
  assert.deepEqual(statementText(deck, 'c:c1:c2'), { subject: 'front 1', claim: 'back 2' });
  assert.deepEqual(statementText(deck, 'q:q1:a'), { subject: 'Which?', claim: 'A' });
  assert.equal(statementText(deck, 'c:c1:c99'), null);
  assert.equal(statementText(deck, 'q:q1:z'), null);
  assert.deepEqual(statementText(deck, 'q:q3:t'), { subject: 'The sky is green.', claim: null });
  assert.equal(statementText(deck, 'q:q4:t'), null);
});

test('the SCORM dealer makes true and false statements and checks them with the key', () => {
  let seed = 7;
  const random = () => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
  const round = dealRound(deck, 40, true, random);
  assert.equal(round.length, 40);
  const truths = round.map((id) => checkTruth(deck, id).truth);
  assert.ok(truths.filter(Boolean).length > 8 && truths.filter((t) => !t).length > 8, truths.join());
  assert.ok(round.some((id) => id.startsWith('q:')));
  assert.ok(dealRound(deck, 20, false, random).every((id) => id.startsWith('c:')), 'no questions before a quiz attempt');
  assert.deepEqual(checkTruth(deck, 'q:q1:b'), { truth: true, rightAnswer: 'B' });
  assert.deepEqual(checkTruth(deck, 'q:q2:c'), { truth: true, rightAnswer: 'A · C' });
  assert.equal(checkTruth(deck, 'q:q2:b').truth, false);
  assert.deepEqual(checkTruth(deck, 'q:q3:t'), { truth: false, rightAnswer: null });
  assert.equal(checkTruth(deck, 'q:q4:t'), null, 'numeric questions make no statements');
  assert.ok(!round.some((id) => id.startsWith('q:q4')));
  assert.equal(checkTruth(deck, 'c:c1:c1').truth, true);
  assert.equal(checkTruth(deck, 'x'), null);
});

test('the SCORM paper draws every question type and a card first, like the server', async () => {
  const { drawPaper, maxLength } = await import('../../../scorm-package/runtime/practice-test.js');
  const every = { cards: [{ id: 'c1' }, { id: 'c2' }], questions: [
    { id: 'q1' }, { id: 'q2', type: 'multiple-answer' }, { id: 'q3', type: 'true-false' }, { id: 'q4', type: 'numeric' },
    { id: 'q5', type: 'numeric' }] };
  assert.equal(maxLength(every), 7);
  for (let i = 0; i < 20; i += 1) {
    const paper = drawPaper(every, 5);
    assert.equal(new Set(paper).size, 5);
    for (const must of ['q:q1', 'q:q2', 'q:q3']) assert.ok(paper.includes(must), paper.join());
    assert.ok(paper.some((id) => id === 'q:q4' || id === 'q:q5') && paper.some((id) => id.startsWith('c:')), paper.join());
  }
  assert.equal(drawPaper(every, 99).length, 7);
});
