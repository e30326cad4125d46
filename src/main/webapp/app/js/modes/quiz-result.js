// One question of a quiz result (docs/study-api.md, "A quiz result"): right, partly right or wrong
// in words and a symbol (never by colour alone), the student's answer and, when the activity shows
// answers, the key and the explanation, each written for its question type.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { deckText } from '../ui.js';

export function resultItem(deck, question, item) {
  if (!question) return null;
  const state = item.correct ? 'right' : item.credit > 0 ? 'partial' : 'wrong';
  const verdict = { right: t('quiz.correct'), wrong: t('quiz.incorrect'),
    partial: t('quiz.partlyCorrect', { percent: Math.round((item.credit || 0) * 100) }) }[state];
  const shown = item.correctAnswer !== undefined;
  return el('li', { class: `result ${state}`, 'data-question': item.id },
    deckText('p', deck, question.prompt, { class: 'result-prompt' }),
    el('p', { class: 'verdict' }, el('span', { 'aria-hidden': 'true' }, { right: '✓ ', partial: '◐ ', wrong: '✗ ' }[state]),
      verdict),
    question.type === 'matching' ? matchLines(deck, question, item, shown) : [
      el('p', {}, t('quiz.yourAnswer'), ' ', answerText(deck, question, item.answer)),
      shown && !item.correct ? el('p', {}, t('quiz.correctAnswer'), ' ', keyText(deck, question, item)) : null,
    ],
    item.explanation ? deckText('p', deck, item.explanation, { class: 'explanation' }) : null);
}

function optionText(deck, question, id) {
  const option = (question.options || []).find((o) => o.id === id);
  return option ? deckText('span', deck, option.text) : el('span', {}, '—');
}

function list(deck, question, ids) {
  if (!Array.isArray(ids) || !ids.length) return el('span', {}, '—');
  return el('span', {}, ids.map((id, i) => [i ? '; ' : '', optionText(deck, question, id)]));
}

function answerText(deck, question, answer) {
  if (answer === null || answer === undefined) return el('span', {}, '—');
  switch (question.type) {
    case 'multiple-answer': return list(deck, question, answer);
    case 'true-false': return el('span', {}, t(answer ? 'quiz.true' : 'quiz.false'));
    case 'short-answer':
    case 'numeric': return el('span', { lang: question.type === 'short-answer' ? deck.language || null : null }, String(answer));
    default: return optionText(deck, question, answer);
  }
}

function keyText(deck, question, item) {
  switch (question.type) {
    case 'multiple-answer': return list(deck, question, item.correctAnswer);
    case 'true-false': return el('span', {}, t(item.correctAnswer ? 'quiz.true' : 'quiz.false'));
    case 'short-answer':
      return el('span', { lang: deck.language || null }, (item.acceptedAnswers || [item.correctAnswer]).join(' / '));
    case 'numeric':
      return el('span', {}, Number(item.tolerance) ? t('quiz.numberWithin', { value: item.correctAnswer, tolerance: item.tolerance })
        : String(item.correctAnswer));
    default: return optionText(deck, question, item.correctAnswer);
  }
}

/** Matching: one line per prompt with what the student picked and, when shown, the right answer. */
function matchLines(deck, question, item, shown) {
  const picked = item.answer || {};
  return el('ul', { class: 'match-results' }, question.prompts.map((prompt) => {
    const right = shown ? item.correctAnswer[prompt.id] : undefined;
    const ok = shown && picked[prompt.id] === right;
    return el('li', {},
      deckText('span', deck, prompt.text), ' → ', el('span', { lang: deck.language || null }, picked[prompt.id] || '—'),
      shown ? [' ', el('span', { class: ok ? 'match-right' : 'match-wrong' }, ok ? `(${t('quiz.correct')})`
        : `(${t('quiz.correctAnswer')} ${right})`)] : null);
  }));
}
