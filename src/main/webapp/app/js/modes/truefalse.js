// Mode 8, True or false: fast statements built from the deck, a card's front with its own back or
// another card's, a question with its right option or a wrong one. Answer with the buttons or a key (T/F,
// in Spanish V/F); streak and accuracy are shown. The round is dealt and every answer checked by the
// runtime (on the server for LTI sessions, where the questions' answers are). The resume state is the
// round, the position in it and the counts.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { modePage, actions, button, announce, errorBox, deckText, onKeys } from '../ui.js';

const MODE = 'truefalse';
const ROUND = 20;

/**
 * The texts of a statement id, or null: "c:<card>:<shown card>" a card's front with a back,
 * "q:<question>:<option>" a question with one of its options, "q:<question>:t" a true/false question's
 * own statement (no claim).
 */
export function statementText(deck, id) {
  const [kind, item, shown] = String(id).split(':');
  if (kind === 'c') {
    const card = deck.cards.find((c) => c.id === item);
    const other = deck.cards.find((c) => c.id === shown);
    return card && other ? { subject: card.prompt, claim: other.answer } : null;
  }
  const question = (deck.questions || []).find((q) => q.id === item);
  if (question && question.type === 'true-false') return shown === 't' ? { subject: question.prompt, claim: null } : null;
  const option = question && (question.options || []).find((o) => o.id === shown);
  return option ? { subject: question.prompt, claim: option.text } : null;
}

export async function show({ runtime, deck, main }) {
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.truefalse.title', body);
  let state = await runtime.getProgress(MODE).catch(() => ({}));
  const valid = (s) => Array.isArray(s.statements) && s.statements.length && s.statements.every((id) => statementText(deck, id));
  if (!valid(state)) state = null;
  let stats = state ? state.stats : { right: 0, answered: 0, streak: 0, best: 0 };

  const save = () => runtime.putProgress(MODE, state).catch(() => undefined);

  async function newRound() {
    let round;
    try {
      round = await runtime.trueFalseRound(ROUND);
    } catch (error) {
      fill(body, errorBox(error));
      return;
    }
    const statements = (round.statements || []).filter((id) => statementText(deck, id));
    if (!statements.length) {
      fill(body, el('p', {}, t('truefalse.none')));
      return;
    }
    state = { statements, index: 0, stats: { ...stats, streak: 0 }, round: { right: 0 } };
    stats = state.stats;
    await save();
    render(true);
  }

  const statsLine = () => el('p', { class: 'tf-stats', 'data-stats': '' },
    t('truefalse.stats', {
      streak: stats.streak, best: stats.best, percent: stats.answered ? Math.round((100 * stats.right) / stats.answered) : 0,
      right: stats.right, answered: stats.answered,
    }));

  function render(focus) {
    if (state.index >= state.statements.length) {
      fill(body, el('div', { class: 'notice success', role: 'status', 'data-round-done': '' },
        el('p', { class: 'score' }, t('truefalse.roundDone', { right: state.round.right, total: state.statements.length }))),
      statsLine(), actions(button('truefalse.newRound', newRound, { class: 'primary', 'data-action': 'new-round' })));
      body.querySelector('[data-action="new-round"]').focus();
      return;
    }
    const id = state.statements[state.index];
    const text = statementText(deck, id);
    const choices = el('div', { class: 'actions tf-choices', role: 'group', 'aria-labelledby': 'tf-question' },
      el('button', { type: 'button', class: 'primary', 'data-answer': 'true', 'aria-keyshortcuts': t('truefalse.keyTrue'),
        on: { click: () => answer(id, true) } }, t('truefalse.true')),
      el('button', { type: 'button', class: 'primary', 'data-answer': 'false', 'aria-keyshortcuts': t('truefalse.keyFalse'),
        on: { click: () => answer(id, false) } }, t('truefalse.false')));
    const keys = {};
    keys[t('truefalse.keyTrue').toLowerCase()] = () => answer(id, true);
    keys[t('truefalse.keyFalse').toLowerCase()] = () => answer(id, false);
    onKeys(choices, keys);
    fill(body,
      el('p', { class: 'muted' }, t('truefalse.position', { number: state.index + 1, total: state.statements.length })),
      statsLine(),
      el('div', { class: 'statement', 'data-statement': id },
        deckText('p', deck, text.subject, { class: 'statement-subject' }),
        text.claim === null ? null : el('p', { class: 'statement-claim' },
          el('span', { class: 'face-label' }, t('truefalse.claim')), ' ', deckText('span', deck, text.claim))),
      el('p', { class: 'rating-question', id: 'tf-question' }, t(text.claim === null ? 'truefalse.isItTrue' : 'truefalse.question')),
      choices, el('p', { class: 'muted' }, t('truefalse.keys', { yes: t('truefalse.keyTrue'), no: t('truefalse.keyFalse') })),
      el('div', { class: 'feedback' }));
    if (focus) choices.querySelector('button').focus();
  }

  let busy = false;
  async function answer(id, value) {
    if (busy || state.statements[state.index] !== id) return;
    busy = true;
    let check;
    try {
      check = await runtime.checkStatement(id, value);
    } catch (error) {
      busy = false;
      body.querySelector('.feedback').replaceChildren(errorBox(error));
      return;
    }
    busy = false;
    stats.answered += 1;
    if (check.correct) {
      stats.right += 1;
      stats.streak += 1;
      stats.best = Math.max(stats.best, stats.streak);
      state.round.right += 1;
    } else {
      stats.streak = 0;
    }
    state.index += 1;
    await save();
    const verdict = t(check.correct ? 'truefalse.correct' : 'truefalse.wrong');
    const truth = t(check.truth ? 'truefalse.itWasTrue' : 'truefalse.itWasFalse');
    const feedback = el('div', { class: `tf-result ${check.correct ? 'right' : 'wrong'}`, 'data-correct': String(check.correct) },
      el('p', { class: 'verdict' }, el('span', { 'aria-hidden': 'true' }, check.correct ? '✓ ' : '✗ '), verdict, ' ', truth),
      check.truth || !check.rightAnswer ? null
        : el('p', {}, t('truefalse.rightAnswer'), ' ', deckText('span', deck, check.rightAnswer)),
      actions(button('truefalse.next', () => render(true), { class: 'primary', 'data-action': 'next' })));
    body.querySelector('.tf-choices').replaceWith(feedback);
    body.querySelector('[data-stats]').replaceWith(statsLine());
    announce(`${verdict} ${truth}`);
    feedback.querySelector('[data-action="next"]').focus();
  }

  if (state) render(false);
  else await newRound();
}
