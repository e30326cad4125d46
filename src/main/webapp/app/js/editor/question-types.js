// The six question types of the deck format (docs/deck-format.md, "Question"), each with its own fields:
// the key (which answers are right) always sits next to what the student will see. A type's convert()
// reshapes a question switched to it, keeping its id, prompt, explanation, section and tags (and the
// options, between the two choice types). key() says the key in words, for the preview.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { textField, toolButton, fieldId, checkField, stringList, richHint } from './fields.js';
import { freshId, pathText, LIMITS } from './model.js';

const letter = (i) => String.fromCharCode(65 + i);
const KEPT = ['id', 'prompt', 'explanation', 'section', 'tags'];

/** Keeps the fields every type has (and `also`), drops the rest, sets the type. */
function reshape(question, type, also = []) {
  for (const field of Object.keys(question)) {
    if (!KEPT.includes(field) && !also.includes(field)) delete question[field];
  }
  if (type === 'single-choice') delete question.type; else question.type = type;
}

function ensureOptions(question) {
  if (!Array.isArray(question.options) || question.options.length < 2) {
    question.options = [{ id: 'a', text: '' }, { id: 'b', text: '' }];
  }
}

function options(editor, question, parts, { multiple }) {
  const list = question.options;
  const [min, max] = LIMITS.options;
  const listKey = [...parts, 'options'].join('.');
  const group = `correct-${parts.join('-')}`;
  const keyPath = [...parts, multiple ? 'correctOptionIds' : 'correctOptionId'];
  return el('fieldset', { class: 'sublist options', 'data-path': pathText([...parts, 'options']) },
    el('legend', {}, t(multiple ? 'editor.question.optionsMultiple' : 'editor.question.options')),
    el('p', { class: 'field-error', 'data-path': pathText(keyPath), hidden: true }),
    list.map((option, i) => {
      const name = t('editor.question.option', { letter: letter(i) });
      const boxId = `${fieldId([...parts, 'options', i])}-correct`;
      const correct = el('input', {
        type: multiple ? 'checkbox' : 'radio', name: group, id: boxId, value: option.id,
        checked: multiple ? (question.correctOptionIds || []).includes(option.id) : question.correctOptionId === option.id,
        on: { change: () => {
          if (multiple) {
            const chosen = new Set(question.correctOptionIds || []);
            if (correct.checked) chosen.add(option.id); else chosen.delete(option.id);
            question.correctOptionIds = list.map((o) => o.id).filter((id) => chosen.has(id));
          } else {
            question.correctOptionId = option.id;
          }
          editor.changed();
        } },
      });
      return el('div', { class: 'row option-row' },
        textField(editor.model, editor.changed, {
          parts: [...parts, 'options', i, 'text'], label: name, lang: editor.model.language, hint: i === 0 ? richHint(editor) : null,
        }),
        el('div', { class: 'option-tools' },
          el('div', { class: 'correct' }, correct,
            el('label', { for: boxId }, t('editor.question.correct'), el('span', { class: 'visually-hidden' }, `: ${name}`))),
          toolButton('editor.remove', name, () => {
            list.splice(i, 1);
            if (question.correctOptionId === option.id) delete question.correctOptionId;
            if (question.correctOptionIds) question.correctOptionIds = question.correctOptionIds.filter((id) => id !== option.id);
            editor.structureChanged(() => document.querySelector(`[data-add="${listKey}"]`));
          }, { disabled: list.length <= min, class: 'tool danger' })));
    }),
    el('button', { type: 'button', class: 'secondary', 'data-add': listKey, disabled: list.length >= max, on: { click: () => {
      list.push({ id: freshId(list, ''), text: '' });
      editor.structureChanged(() => document.getElementById(fieldId([...parts, 'options', list.length - 1, 'text'])));
    } } }, t('editor.question.addOption')));
}

function trueFalse(editor, question, parts) {
  const name = `truth-${parts.join('-')}`;
  return el('fieldset', { class: 'sublist', 'data-path': pathText([...parts, 'correct']) },
    el('legend', {}, t('editor.question.truth')),
    [true, false].map((value) => {
      const id = `${fieldId([...parts, 'correct'])}-${value}`;
      return el('div', { class: 'correct' },
        el('input', { type: 'radio', name, id, checked: question.correct === value,
          on: { change: () => { question.correct = value; editor.changed(); } } }),
        el('label', { for: id }, t(value ? 'quiz.true' : 'quiz.false')));
    }));
}

function pairs(editor, question, parts) {
  const list = question.pairs;
  const [min, max] = LIMITS.pairs;
  const listKey = [...parts, 'pairs'].join('.');
  return el('fieldset', { class: 'sublist', 'data-path': pathText([...parts, 'pairs']) },
    el('legend', {}, t('editor.question.pairs')),
    list.map((pair, i) => {
      const name = t('editor.question.pair', { number: i + 1 });
      return el('div', { class: 'row pair-row', role: 'group', 'aria-label': name },
        textField(editor.model, editor.changed, { parts: [...parts, 'pairs', i, 'prompt'],
          label: t('editor.question.pairPrompt', { number: i + 1 }), lang: editor.model.language, hint: i === 0 ? richHint(editor) : null }),
        textField(editor.model, editor.changed, { parts: [...parts, 'pairs', i, 'answer'],
          label: t('editor.question.pairAnswer', { number: i + 1 }), lang: editor.model.language, maxLength: 200 }),
        toolButton('editor.remove', name, () => {
          list.splice(i, 1);
          editor.structureChanged(() => document.querySelector(`[data-add="${listKey}"]`));
        }, { disabled: list.length <= min, class: 'tool danger' }));
    }),
    el('button', { type: 'button', class: 'secondary', 'data-add': listKey, disabled: list.length >= max, on: { click: () => {
      list.push({ id: freshId(list, 'p'), prompt: '', answer: '' });
      editor.structureChanged(() => document.getElementById(fieldId([...parts, 'pairs', list.length - 1, 'prompt'])));
    } } }, t('editor.question.addPair')));
}

const optionTexts = (question, ids) => (question.options || []).filter((o) => ids.includes(o.id)).map((o) => ({ rich: o.text }));

/** Each type: its label, its fields, how a question becomes one, and its key ({rich} or {plain} texts). */
export const QUESTION_TYPES = {
  'single-choice': {
    labelKey: 'editor.type.single-choice',
    body: (editor, question, parts) => options(editor, question, parts, { multiple: false }),
    convert(question, type) {
      const first = (question.correctOptionIds || [])[0];
      reshape(question, type, ['options']);
      ensureOptions(question);
      question.correctOptionId = first || question.options[0].id;
    },
    key: (question) => optionTexts(question, [question.correctOptionId]),
  },
  'multiple-answer': {
    labelKey: 'editor.type.multiple-answer',
    body: (editor, question, parts) => options(editor, question, parts, { multiple: true }),
    convert(question, type) {
      const single = question.correctOptionId;
      reshape(question, type, ['options']);
      ensureOptions(question);
      question.correctOptionIds = single ? [single] : [];
    },
    key: (question) => optionTexts(question, question.correctOptionIds || []),
  },
  'true-false': {
    labelKey: 'editor.type.true-false',
    promptKey: 'editor.question.statement',
    body: trueFalse,
    convert(question, type) {
      reshape(question, type);
      question.correct = true;
    },
    key: (question) => (typeof question.correct === 'boolean' ? [{ plain: t(question.correct ? 'quiz.true' : 'quiz.false') }] : []),
  },
  'short-answer': {
    labelKey: 'editor.type.short-answer',
    body: (editor, question, parts) => [
      stringList(editor, { parts: [...parts, 'acceptedAnswers'], legend: t('editor.question.accepted'),
        itemKey: 'editor.question.acceptedItem', addKey: 'editor.question.addAccepted', limits: LIMITS.acceptedAnswers,
        lang: editor.model.language, hint: t('editor.question.acceptedHint') }),
      checkField(editor.model, editor.changed, { parts: [...parts, 'caseSensitive'], label: t('editor.question.caseSensitive'), optional: true }),
    ],
    convert(question, type) {
      reshape(question, type);
      question.acceptedAnswers = [''];
    },
    key: (question) => (question.acceptedAnswers || []).map((answer) => ({ plain: answer })),
  },
  numeric: {
    labelKey: 'editor.type.numeric',
    body: (editor, question, parts) => el('div', { class: 'row' },
      textField(editor.model, editor.changed, { parts: [...parts, 'value'], label: t('editor.question.value'), number: 'decimal' }),
      textField(editor.model, editor.changed, { parts: [...parts, 'tolerance'], label: t('editor.question.tolerance'),
        number: 'decimal', optional: true, hint: t('editor.question.toleranceHint') })),
    convert(question, type) {
      reshape(question, type);
    },
    key: (question) => (question.value === undefined ? []
      : [{ plain: question.tolerance ? `${question.value} ± ${question.tolerance}` : String(question.value) }]),
  },
  matching: {
    labelKey: 'editor.type.matching',
    body: (editor, question, parts) => [
      pairs(editor, question, parts),
      stringList(editor, { parts: [...parts, 'distractors'], legend: t('editor.question.distractors'),
        itemKey: 'editor.question.distractor', addKey: 'editor.question.addDistractor', limits: LIMITS.distractors,
        lang: editor.model.language, hint: t('editor.question.distractorsHint') }),
    ],
    convert(question, type) {
      reshape(question, type);
      question.pairs = [{ id: 'p1', prompt: '', answer: '' }, { id: 'p2', prompt: '', answer: '' }];
    },
    key: (question) => (question.pairs || []).map((pair) => ({ rich: pair.prompt, plain: ` → ${pair.answer}` })),
  },
};

/** A question's type code; a question without "type" is single choice (the format's default). */
export function typeOf(question) {
  return question.type && QUESTION_TYPES[question.type] ? question.type : 'single-choice';
}

export function newQuestion(questions) {
  return { id: freshId(questions, 'q'), prompt: '', options: [{ id: 'a', text: '' }, { id: 'b', text: '' }],
    correctOptionId: 'a' };
}

/** The question as the study page gets it before submitting (PublicQuestion): no key. */
export function publicQuestion(question) {
  const type = typeOf(question);
  const shown = { id: question.id, type, prompt: question.prompt || '' };
  if (type === 'single-choice' || type === 'multiple-answer') shown.options = question.options || [];
  if (type === 'matching') {
    const pairList = question.pairs || [];
    shown.prompts = pairList.map((pair) => ({ id: pair.id, text: pair.prompt }));
    shown.choices = [...new Set([...pairList.map((pair) => pair.answer), ...(question.distractors || [])])].sort();
  }
  return shown;
}
