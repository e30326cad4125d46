// Mode 1, Recall & Review: one card at a time, flip, rate yourself. "Not yet" sends the card to the
// back of the queue, so missed cards come back until known or the student stops. The queue is the
// resume state (progress/review); each rating is also stored through the runtime.
import { el, fill } from '../dom.js';
import { t, tn } from '../i18n.js';
import { modePage, flipCard, progressBar, actions, button, announce, errorBox } from '../ui.js';

const MODE = 'review';

export async function show({ runtime, deck, main }) {
  const cards = new Map(deck.cards.map((card) => [card.id, card]));
  const total = cards.size;
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.review.title', body);

  let state = await runtime.getProgress(MODE).catch(() => ({}));
  if (!Array.isArray(state.queue) || state.queue.some((id) => !cards.has(id))) {
    state = fresh();
  }

  function fresh() {
    return { queue: deck.cards.map((card) => card.id), rounds: 0 };
  }
  // Awaited, so that a reload right after a rating resumes from it; a failure only loses the resume
  // point (the rating itself is stored), so it never blocks the student.
  function save() {
    return runtime.putProgress(MODE, state).catch(() => undefined);
  }

  function render(focusCard) {
    if (state.queue.length === 0 || state.stopped) {
      renderSummary();
      return;
    }
    const card = cards.get(state.queue[0]);
    const known = total - state.queue.length;
    const rate = el('div', { class: 'rating', hidden: true },
      el('p', { class: 'rating-question' }, t('review.howDidYouDo')),
      actions(
        button('review.knewIt', () => rateCard(card, 'known'), { class: 'primary', 'data-rate': 'known' }),
        button('review.notYet', () => rateCard(card, 'not_yet'), { 'data-rate': 'not_yet' })));
    const flip = flipCard(deck, card, (shown) => { rate.hidden = !shown; });
    const feedback = el('div', { class: 'feedback' });
    fill(body,
      progressBar('review.progress', known, total),
      el('p', { class: 'muted' }, tn('review.remaining', state.queue.length)),
      flip, rate, feedback,
      actions(button('review.stop', stop, { class: 'secondary', 'data-action': 'stop' })));
    if (focusCard) flip.focus();
  }

  async function rateCard(card, rating) {
    try {
      await runtime.rateReview(card.id, rating);
    } catch (error) {
      body.querySelector('.feedback').replaceChildren(errorBox(error));
      return;
    }
    state.queue.shift();
    if (rating === 'not_yet') state.queue.push(card.id);
    await save();
    announce(t(rating === 'known' ? 'review.markedKnown' : 'review.comesBack'));
    render(true);
  }

  function stop() {
    state.stopped = true;
    save();
    render();
  }

  function renderSummary() {
    const known = total - state.queue.length;
    const allKnown = state.queue.length === 0;
    fill(body,
      progressBar('review.progress', known, total),
      el('div', { class: 'notice success', role: 'status' },
        el('p', {}, t(allKnown ? 'review.allKnown' : 'review.stopped', { known, total }))),
      actions(
        allKnown ? null : button('review.continue', () => { delete state.stopped; save(); render(true); },
          { class: 'primary', 'data-action': 'continue' }),
        button('review.again', () => { state = fresh(); save(); render(true); }, { 'data-action': 'again' })));
  }

  render(false);
}
