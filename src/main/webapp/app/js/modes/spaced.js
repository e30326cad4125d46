// Mode 4, Spaced review on FSRS-6 (docs/spaced-review.md): the cards due now, one at a time, rated Again,
// Hard, Good or Easy; each button says when the card will come back. The memory lives on the server per
// student and card (Recall & Review and Write rate it too); below, every card by mastery, so a student sees
// where each stands. Keys 1-4 rate once the answer is shown.
import { el, fill } from '../dom.js';
import { t, tn, formatDate, currentLanguage } from '../i18n.js';
import { modePage, flipCard, actions, announce, errorBox, deckText, formatWait, onKeys } from '../ui.js';

const RATINGS = ['again', 'hard', 'good', 'easy'];
const MASTERY = ['not_yet', 'fading', 'new', 'known', 'mastered'];

export async function show({ runtime, deck, main }) {
  const cards = new Map(deck.cards.map((card) => [card.id, card]));
  const body = el('div', { class: 'mode-body' });
  const overview = el('section', { class: 'mastery-area', 'aria-labelledby': 'mastery-title' });
  modePage(main, 'mode.spaced.title', el('p', { class: 'muted' }, t('spaced.intro')), body, overview);
  let state;
  try {
    state = await runtime.spacedState();
  } catch (error) {
    fill(body, errorBox(error));
    return;
  }

  function renderOverview() {
    fill(overview, el('h3', { id: 'mastery-title' }, t('spaced.cardsTitle')),
      el('ul', { class: 'mastery', role: 'list' }, MASTERY.map((mastery) => {
        const these = deck.cards.filter((card) => (state.cards[card.id] || {}).mastery === mastery);
        return el('li', { class: `mastery-group mastery-${mastery}`, 'data-mastery': mastery },
          el('h4', {}, t(`mastery.${mastery}`), ' ', el('span', { class: 'muted' }, tn('spaced.cardCount', these.length))),
          these.length ? el('ul', {}, these.map((card) => deckText('li', deck, card.prompt, { 'data-card': card.id }))) : null);
      })));
  }

  function render(focus) {
    renderOverview();
    const due = (state.due || []).filter((id) => cards.has(id));
    if (!due.length) {
      const next = Object.values(state.cards || {}).map((c) => c.due).sort()[0];
      fill(body, el('div', { class: 'notice', role: 'status', 'data-due': '0' },
        el('p', {}, t('spaced.nothingDue')),
        next ? el('p', {}, t('spaced.nextDue', { date: formatDate(next) })) : null));
      return;
    }
    const card = cards.get(due[0]);
    const memory = state.cards[card.id] || {};
    const waits = state.next && state.next.cardId === card.id ? state.next.waits : {};
    const rate = el('div', { class: 'rating', hidden: true },
      el('p', { class: 'rating-question', id: 'rating-question' }, t('spaced.howWell')),
      el('div', { class: 'actions ratings', role: 'group', 'aria-labelledby': 'rating-question' },
        RATINGS.map((rating, i) => el('button', {
          type: 'button', class: rating === 'good' ? 'primary' : null, 'data-rate': rating,
          'aria-keyshortcuts': String(i + 1), on: { click: () => rateCard(card, rating) },
        }, el('span', { class: 'rating-name' }, t(`spaced.${rating}`)),
        waits[rating] === undefined ? null : el('span', { class: 'rating-wait' }, formatWait(waits[rating], currentLanguage()))))),
      el('p', { class: 'muted' }, t('spaced.keys')));
    const flip = flipCard(deck, card, (shown) => { rate.hidden = !shown; });
    onKeys(rate, Object.fromEntries(RATINGS.map((rating, i) => [String(i + 1), () => { if (!rate.hidden) rateCard(card, rating); }])));
    fill(body,
      el('p', { 'data-due': due.length }, tn('spaced.dueCount', state.dueNow || due.length)),
      el('p', { class: 'muted', 'data-mastery-of': card.id }, t('spaced.cardIs', { mastery: t(`mastery.${memory.mastery || 'new'}`) })),
      flip, rate, el('div', { class: 'feedback' }));
    if (focus) flip.focus();
  }

  let busy = false;
  async function rateCard(card, rating) {
    if (busy) return;
    busy = true;
    try {
      state = await runtime.rateSpaced(card.id, rating);
    } catch (error) {
      body.querySelector('.feedback').replaceChildren(errorBox(error));
      return;
    } finally {
      busy = false;
    }
    const due = state.cards[card.id] ? state.cards[card.id].due : null;
    const seconds = due ? Math.max(60, (Date.parse(due) - Date.parse(state.now)) / 1000) : 0;
    announce(t('spaced.rated', { rating: t(`spaced.${rating}`), wait: formatWait(seconds, currentLanguage()) }));
    render(true);
  }

  render(false);
}
