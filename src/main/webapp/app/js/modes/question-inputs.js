// The answer inputs of the quiz, one kind per question type (docs/deck-format.md), each a fieldset
// whose legend is the question: radios (single choice, true/false), checkboxes (multiple answer), a
// text field (short answer), a number field that accepts a decimal point or comma (numeric), and a
// labelled select per prompt (matching). All native controls, so the keyboard and screen readers work
// without extra code; every control has a visible label.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { deckText } from '../ui.js';

/** The same rule as the server's (quiz.AnswerReader): a decimal, point or comma, a short exponent. */
const NUMBER = /^[+-]?(\d{1,20}([.,]\d{0,20})?|[.,]\d{1,20})([eE][+-]?\d{1,3})?$/;

export function isNumber(text) {
  return NUMBER.test(String(text).trim());
}

/** Whether `answer` answers `question` fully enough to submit (every prompt of a matching question). */
export function isAnswered(question, answer) {
  switch (question.type) {
    case 'multiple-answer': return Array.isArray(answer) && answer.length > 0;
    case 'true-false': return typeof answer === 'boolean';
    case 'short-answer': return typeof answer === 'string' && answer.trim() !== '';
    case 'numeric': return answer !== undefined && answer !== null && isNumber(answer);
    case 'matching': return Boolean(answer) && question.prompts.every((p) => Boolean(answer[p.id]));
    default: return typeof answer === 'string' && answer !== '';
  }
}

/** The first control of a question's fieldset, to move the focus to. */
export function firstControl(fieldset) {
  return fieldset.querySelector('input, select');
}

/**
 * @param onAnswer called with the new answer (or null once it is cleared) as the student changes it
 */
export function questionFieldset(deck, question, index, total, saved, onAnswer) {
  const name = `q-${question.id}`;
  const hintId = `${name}-hint`;
  const hint = { 'multiple-answer': 'quiz.hint.multiple', 'short-answer': 'quiz.hint.short',
    numeric: 'quiz.hint.numeric', matching: 'quiz.hint.matching' }[question.type];
  return el('fieldset', { class: `question question-${question.type || 'single-choice'}`, 'data-question': question.id,
    'aria-describedby': hint ? hintId : null },
  el('legend', {}, el('span', { class: 'question-number' }, t('quiz.questionOf', { number: index + 1, total })),
    ' ', deckText('span', deck, question.prompt)),
  hint ? el('p', { class: 'muted question-hint', id: hintId }, t(hint)) : null,
  inputs(deck, question, name, saved, onAnswer));
}

function inputs(deck, question, name, saved, onAnswer) {
  switch (question.type) {
    case 'multiple-answer': {
      const ticked = new Set(Array.isArray(saved) ? saved : []);
      return question.options.map((option) => choice(deck, 'checkbox', name, option.id, option.text, ticked.has(option.id),
        (checked) => {
          if (checked) ticked.add(option.id);
          else ticked.delete(option.id);
          onAnswer(question.options.map((o) => o.id).filter((id) => ticked.has(id)));
        }));
    }
    case 'true-false':
      return [true, false].map((value) => choice(null, 'radio', name, String(value), t(value ? 'quiz.true' : 'quiz.false'),
        saved === value, () => onAnswer(value)));
    case 'short-answer':
      return typed(name, saved, 'text', (text) => onAnswer(text.trim() === '' ? null : text), null);
    case 'numeric':
      return typed(name, saved, 'decimal', (text) => onAnswer(text.trim() === '' ? null : text.trim()), isNumber);
    case 'matching':
      return matching(deck, question, name, saved || {}, onAnswer);
    default:
      return question.options.map((option) => choice(deck, 'radio', name, option.id, option.text, saved === option.id,
        () => onAnswer(option.id)));
  }
}

function choice(deck, type, name, value, text, checked, onChange) {
  const id = `${name}-${value}`;
  return el('div', { class: 'option' },
    el('input', { type, name, id, value, checked, on: { change: (event) => onChange(event.target.checked) } }),
    deck ? deckText('label', deck, text, { for: id }) : el('label', { for: id }, text));
}

/** A text field; `valid` (numeric) marks a value the server would refuse, and says why, before saving. */
function typed(name, saved, mode, onText, valid) {
  const id = `${name}-answer`;
  const errorId = `${id}-error`;
  const error = el('p', { class: 'field-error', id: errorId, hidden: true }, t('quiz.notANumber'));
  const input = el('input', {
    type: 'text', id, name, value: saved === undefined || saved === null ? '' : String(saved),
    inputmode: mode === 'decimal' ? 'decimal' : null, autocomplete: 'off', spellcheck: 'false',
    maxlength: mode === 'decimal' ? 60 : 500, 'aria-describedby': valid ? errorId : null,
  });
  let timer = null;
  const check = () => {
    const bad = Boolean(valid) && input.value.trim() !== '' && !valid(input.value);
    error.hidden = !bad;
    if (bad) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
    return !bad;
  };
  const send = () => {
    clearTimeout(timer);
    if (check()) onText(input.value);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(send, 600);
  });
  input.addEventListener('change', send);
  return el('div', { class: 'typed-answer' }, el('label', { for: id }, t('quiz.typeAnswer')), input, valid ? error : null);
}

function matching(deck, question, name, saved, onAnswer) {
  const picks = { ...saved };
  return el('div', { class: 'match-list' }, question.prompts.map((prompt) => {
    const id = `${name}-${prompt.id}`;
    const select = el('select', { id, name: id, on: { change: (event) => {
      if (event.target.value) picks[prompt.id] = event.target.value;
      else delete picks[prompt.id];
      onAnswer(Object.keys(picks).length ? { ...picks } : null);
    } } },
    el('option', { value: '' }, t('quiz.chooseMatch')),
    question.choices.map((text) => el('option', { value: text, selected: picks[prompt.id] === text }, text)));
    return el('div', { class: 'match-row' }, deckText('label', deck, prompt.text, { for: id }), select);
  }));
}
