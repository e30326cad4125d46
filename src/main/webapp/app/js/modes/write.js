// Mode 7, Write: the card's front is shown, the student types the back. The answer is compared after
// folding case, accents, punctuation and whitespace, with a few typos forgiven for longer answers
// (answer-compare.js); the difference is shown word by word, and a student marked wrong may say "I was
// right". A missed card comes back at the end of the round. Each outcome rates the card's FSRS memory
// (right: Good, overridden: Hard, wrong: Again). The resume state is the round's queue and its counts.
import { el, fill } from '../dom.js';
import { t, tn } from '../i18n.js';
import { modePage, progressBar, actions, button, announce, errorBox, deckText, deckPlainText, levelBadge } from '../ui.js';
import { compare } from './answer-compare.js';

const MODE = 'write';

export async function show({ runtime, deck, main }) {
  const cards = new Map(deck.cards.map((card) => [card.id, card]));
  const total = cards.size;
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.write.title', body);
  if (!total) {
    fill(body, el('p', {}, t('write.none')));
    return;
  }
  let state = await runtime.getProgress(MODE).catch(() => ({}));
  if (!Array.isArray(state.queue) || state.queue.some((id) => !cards.has(id))) state = fresh();

  function fresh() {
    return { queue: deck.cards.map((card) => card.id), right: 0, missed: [] };
  }
  const save = () => runtime.putProgress(MODE, state).catch(() => undefined);
  const done = () => total - state.queue.length;

  function render(focus) {
    if (!state.queue.length) {
      summary();
      return;
    }
    const card = cards.get(state.queue[0]);
    const input = el('input', {
      type: 'text', id: 'write-answer', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
      lang: deck.language || null, 'aria-describedby': 'write-prompt',
    });
    const form = el('form', { class: 'write', novalidate: true },
      el('label', { for: 'write-answer' }, t('write.yourAnswer')), input,
      actions(el('button', { type: 'submit', class: 'primary', 'data-action': 'check' }, t('write.check')),
        button('write.dontKnow', () => check(card, ''), { class: 'secondary', 'data-action': 'dont-know' })));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      check(card, input.value);
    });
    fill(body,
      progressBar('write.progress', done(), total),
      el('p', { class: 'muted' }, tn('write.remaining', state.queue.length)),
      el('div', { class: 'write-card' }, levelBadge(card.level),
        deckText('p', deck, card.prompt, { class: 'write-prompt', id: 'write-prompt', 'data-card': card.id })),
      form, el('div', { class: 'feedback' }));
    if (focus) input.focus();
  }

  function words(parts, mark) {
    return parts.map((part, i) => [i ? ' ' : null, part.ok ? part.text
      : el(mark, { class: mark === 'del' ? 'diff-wrong' : 'diff-missing' }, part.text)]);
  }

  function check(card, typed) {
    const outcome = compare(typed, deckPlainText(deck, card.answer));
    const right = outcome.result !== 'wrong';
    const verdictKey = { right: 'write.right', close: 'write.close', wrong: 'write.wrong' }[outcome.result];
    const feedback = el('div', { class: `write-result ${right ? 'right' : 'wrong'}`, 'data-result': outcome.result },
      el('p', { class: 'verdict', tabindex: '-1', id: 'write-verdict' },
        el('span', { 'aria-hidden': 'true' }, right ? '✓ ' : '✗ '), t(verdictKey)),
      typed.trim() ? el('p', {}, t('write.typed'), ' ',
        el('span', { lang: deck.language || null, 'data-typed': '' }, words(outcome.typed, 'del'))) : null,
      el('p', {}, t('write.expected'), ' ',
        el('span', { lang: deck.language || null, 'data-expected': '' }, words(outcome.expected, 'ins'))),
      right || !typed.trim() ? null : el('p', { class: 'muted' }, t('write.diffHint')),
      actions(
        right ? null : button('write.iWasRight', () => next(card, 'overridden'), { 'data-action': 'override' }),
        button('write.continue', () => next(card, right ? 'right' : 'wrong'), { class: 'primary', 'data-action': 'continue' })));
    body.querySelector('form.write').replaceWith(feedback);
    announce(t(verdictKey));
    feedback.querySelector('[data-action="continue"]').focus();
  }

  async function next(card, result) {
    try {
      await runtime.rateWrite(card.id, result);
    } catch (error) {
      body.querySelector('.feedback').replaceChildren(errorBox(error));
      return;
    }
    state.queue.shift();
    if (result === 'wrong') {
      state.queue.push(card.id);
      if (!state.missed.includes(card.id)) state.missed.push(card.id);
      announce(t('write.comesBack'));
    } else if (!state.missed.includes(card.id)) {
      state.right += 1;
    }
    await save();
    render(true);
  }

  function summary() {
    fill(body,
      progressBar('write.progress', total, total),
      el('div', { class: 'notice success', role: 'status', 'data-write-done': '' },
        el('p', { class: 'score' }, t('write.done', { right: state.right, total }))),
      actions(button('write.again', () => { state = fresh(); save(); render(true); }, { class: 'primary', 'data-action': 'again' })));
    body.querySelector('[data-action="again"]').focus();
  }

  render(false);
}
