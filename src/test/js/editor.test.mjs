// The deck editor's pure parts (src/main/webapp/app/js/editor): paths as the server writes them, fresh ids,
// moves, number fields, and the words the page uses for the server's deck errors, in English and Spanish.
// Run by EditorModulesTest (node --test); REASONS_FILE names every reason DeckErrorReason can give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const app = new URL('../../main/webapp/app/', import.meta.url);
globalThis.document = { documentElement: {}, querySelectorAll: () => [] };
globalThis.fetch = async (url) => ({ ok: true, json: async () => JSON.parse(readFileSync(new URL(url))) });

const model = await import(new URL('js/editor/model.js', app));
const i18n = await import(new URL('js/i18n.js', app));
const errors = await import(new URL('js/editor/errors.js', app));
const types = await import(new URL('js/editor/question-types.js', app));

test('paths read back as the parts they were written from', () => {
  const parts = ['questions', 2, 'options', 1, 'text'];
  assert.equal(model.pathText(parts), '$.questions[2].options[1].text');
  assert.deepEqual(model.parsePath('$.questions[2].options[1].text'), parts);
  assert.deepEqual(model.parsePath('$'), []);
  const doc = { questions: [{ options: [{ text: 'a' }] }] };
  model.setAt(doc, ['questions', 0, 'options', 0, 'text'], 'b');
  assert.equal(model.getAt(doc, ['questions', 0, 'options', 0, 'text']), 'b');
  model.setAt(doc, ['questions', 0, 'options'], undefined);
  assert.equal('options' in doc.questions[0], false, 'undefined removes a field');
});

test('fresh ids take the smallest free number or letter', () => {
  assert.equal(model.freshId([{ id: 'c1' }, { id: 'c3' }], 'c'), 'c2');
  assert.equal(model.freshId([{ id: 'a' }, { id: 'b' }], ''), 'c');
  assert.equal(model.newCard([{ id: 'c1' }]).id, 'c2');
});

test('moving an item keeps the others in order and refuses positions outside the list', () => {
  const list = ['a', 'b', 'c'];
  assert.equal(model.move(list, 0, 2), true);
  assert.deepEqual(list, ['b', 'c', 'a']);
  assert.equal(model.move(list, 0, 3), false);
  assert.deepEqual(list, ['b', 'c', 'a']);
});

test('number fields give numbers when they hold one, else the text for the server to name', () => {
  assert.equal(model.numberValue(' 12 '), 12);
  assert.equal(model.numberValue('1.5'), '1.5');
  assert.equal(model.numberValue(''), undefined);
  assert.equal(model.decimalValue('9,81'), 9.81);
  assert.equal(model.decimalValue('-1e3'), -1000);
  assert.equal(model.decimalValue('nine'), 'nine');
});

test('a question switched to another type keeps its prompt and explanation, and gets that type\'s fields', () => {
  const question = { id: 'q1', prompt: 'P', explanation: 'E', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }],
    correctOptionId: 'b' };
  types.QUESTION_TYPES['multiple-answer'].convert(question, 'multiple-answer');
  assert.deepEqual(question.correctOptionIds, ['b']);
  assert.equal(question.options.length, 2);
  types.QUESTION_TYPES.matching.convert(question, 'matching');
  assert.deepEqual(Object.keys(question).sort(), ['explanation', 'id', 'pairs', 'prompt', 'type']);
  types.QUESTION_TYPES['single-choice'].convert(question, 'single-choice');
  assert.equal(question.type, undefined);
  assert.equal(question.correctOptionId, 'a');
  const shown = types.publicQuestion({ id: 'q9', type: 'matching', prompt: 'M', distractors: ['Z'],
    pairs: [{ id: 'p1', prompt: 'Spain', answer: 'Madrid' }, { id: 'p2', prompt: 'Italy', answer: 'Rome' }] });
  assert.deepEqual(shown.choices, ['Madrid', 'Rome', 'Z']);
  assert.equal(JSON.stringify(shown).includes('"answer"'), false, 'the preview shows no key in the question');
});

test('error paths are named in words', async () => {
  await i18n.useLocale('en');
  assert.equal(errors.fieldName('$'), 'The deck');
  assert.equal(errors.fieldName('$.title'), 'Title');
  assert.equal(errors.fieldName('$.questions[1].options[0].text'), 'Question 2 › Option A');
  assert.equal(errors.fieldName('$.questions[0].pairs[1].answer'), 'Question 1 › Pair 2 › Match');
  assert.equal(errors.fieldName('$.cards[2].tags[0]'), 'Card 3 › Tag 1');
  assert.equal(errors.fieldName('$.explainPrompts[0].keyConcepts[3]'), 'Explain prompt 1 › Key concept 4');
  await i18n.useLocale('es-ES');
  assert.equal(errors.fieldName('$.questions[1].acceptedAnswers[0]'), 'Pregunta 2 › Respuesta aceptada 1');
});

test('every reason the loader gives is said in English and Spanish', async () => {
  const reasons = JSON.parse(readFileSync(process.env.REASONS_FILE, 'utf8'));
  assert.ok(reasons.length > 30, 'the reasons of DeckErrorReason');
  for (const reason of reasons) assert.ok(errors.reasonKey(reason), `no words for "${reason}"`);
  for (const locale of ['en', 'es']) {
    await i18n.useLocale(locale);
    for (const reason of reasons) {
      assert.doesNotMatch(errors.reasonText(reason), /^editor\.|\{/, `${locale}: a missing string for "${reason}"`);
    }
  }
  await i18n.useLocale('es');
  assert.equal(errors.reasonText('must have at least 2 items'), 'necesita al menos 2');
  await i18n.useLocale('en');
  assert.equal(errors.reasonText('must be at most 200 characters'), 'is too long (at most 200 characters)');
  assert.equal(errors.reasonText('a reason from a newer server'), 'a reason from a newer server');
});
