// Mode 5, Quick revision sheet: every card and its answer on one page, to read or print (see the
// print rules in study.css). The quiz's answers are not in the deck the page gets, so none can show.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { modePage, actions, button, levelBadge, deckText } from '../ui.js';

export function show({ deck, main }) {
  modePage(main, 'mode.sheet.title',
    el('p', {}, deckText('span', deck, deck.title, { class: 'deck-title' })),
    actions(button('sheet.print', () => window.print(), { class: 'secondary no-print', 'data-action': 'print' })),
    el('dl', { class: 'sheet' }, deck.cards.map((card) => [
      el('dt', { 'data-card': card.id }, deckText('span', deck, card.prompt), ' ', levelBadge(card.level)),
      deckText('dd', deck, card.answer),
    ])),
    (deck.explainPrompts || []).length ? el('section', { 'aria-labelledby': 'sheet-concepts' },
      el('h3', { id: 'sheet-concepts' }, t('sheet.keyConcepts')),
      deck.explainPrompts.map((prompt) => el('div', { class: 'sheet-prompt' },
        deckText('h4', deck, prompt.prompt),
        el('ul', {}, prompt.keyConcepts.map((concept) => deckText('li', deck, concept)))))) : null);
}
