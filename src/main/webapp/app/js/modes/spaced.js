// Mode 4, Spaced review (Leitner boxes, kept on the server per student and deck): the due cards one
// at a time; known moves a card up a box, missed sends it back to box 1. The boxes are drawn as a
// list of five, each naming its cards, so a student sees where every card stands.
import { el, fill } from '../dom.js';
import { t, tn, formatDate } from '../i18n.js';
import { modePage, flipCard, actions, button, announce, errorBox, deckText } from '../ui.js';

const BOXES = 5;

export async function show({ runtime, deck, main }) {
  const cards = new Map(deck.cards.map((card) => [card.id, card]));
  const body = el('div', { class: 'mode-body' });
  const boxesArea = el('section', { class: 'boxes-area', 'aria-labelledby': 'boxes-title' });
  modePage(main, 'mode.spaced.title', el('p', { class: 'muted' }, t('spaced.intro')), body, boxesArea);
  let state;
  try {
    state = await runtime.spacedState();
  } catch (error) {
    fill(body, errorBox(error));
    return;
  }
  // The cards due when the page opened; rated ones leave the list.
  const due = (state.due || []).filter((id) => cards.has(id));

  function renderBoxes() {
    const boxes = state.boxes || {};
    fill(boxesArea, el('h3', { id: 'boxes-title' }, t('spaced.boxesTitle')),
      el('ol', { class: 'boxes', role: 'list' }, Array.from({ length: BOXES }, (unused, i) => {
        const number = i + 1;
        const inBox = deck.cards.filter((card) => (boxes[card.id] || 1) === number);
        return el('li', { class: 'box', 'data-box': number },
          el('h4', {}, t('spaced.box', { number }), ' ',
            el('span', { class: 'muted' }, tn('spaced.cardCount', inBox.length))),
          inBox.length ? el('ul', {}, inBox.map((card) => deckText('li', deck, card.prompt, { 'data-card': card.id }))) : null);
      })));
  }

  function render(focus) {
    renderBoxes();
    if (!due.length) {
      const next = Object.values(state.nextDue || {}).sort()[0];
      fill(body, el('div', { class: 'notice', role: 'status', 'data-due': '0' },
        el('p', {}, t('spaced.nothingDue')),
        next ? el('p', {}, t('spaced.nextDue', { date: formatDate(next) })) : null));
      return;
    }
    const card = cards.get(due[0]);
    const box = (state.boxes || {})[card.id] || 1;
    const rate = el('div', { class: 'rating', hidden: true },
      el('p', { class: 'rating-question' }, t('review.howDidYouDo')),
      actions(
        button('spaced.known', () => rateCard(card, true), { class: 'primary', 'data-rate': 'known' }),
        button('spaced.missed', () => rateCard(card, false), { 'data-rate': 'missed' })));
    const flip = flipCard(deck, card, (shown) => { rate.hidden = !shown; });
    fill(body,
      el('p', { 'data-due': due.length }, tn('spaced.dueCount', due.length)),
      el('p', { class: 'muted' }, t('spaced.inBox', { number: box })),
      flip, rate, el('div', { class: 'feedback' }));
    if (focus) flip.focus();
  }

  async function rateCard(card, known) {
    const before = (state.boxes || {})[card.id] || 1;
    try {
      const answer = await runtime.rateSpaced(card.id, known);
      state = answer && answer.boxes ? answer : await runtime.spacedState();
    } catch (error) {
      body.querySelector('.feedback').replaceChildren(errorBox(error));
      return;
    }
    due.shift();
    const after = state.boxes[card.id] || 1;
    announce(t('spaced.moved', { from: before, to: after }));
    render(true);
  }

  render(false);
}
