// The mode menu, shown when the activity offers several modes. Each mode resumes by itself from its
// stored progress, so the menu only has to open it.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { modePage, deckText } from '../ui.js';
import * as review from './review.js';
import * as quiz from './quiz.js';
import * as explain from './explain.js';
import * as spaced from './spaced.js';
import * as sheet from './sheet.js';

// In the order of PRODUCT.md; the server's mode codes (study-api.md).
export const MODES = { review, quiz, explain, spaced, sheet };

export function showMenu({ main, modes, deck, open }) {
  const ordered = Object.keys(MODES).filter((mode) => modes.includes(mode));
  modePage(main, 'menu.title',
    el('p', {}, t('menu.deck'), ' ', deckText('span', deck, deck.title, { class: 'deck-title' })),
    el('ul', { class: 'mode-list', role: 'list' }, ordered.map((mode) => el('li', {},
      el('button', {
        type: 'button', class: 'mode-choice', 'data-mode': mode,
        'aria-describedby': `mode-desc-${mode}`, on: { click: () => open(mode) },
      }, t(`mode.${mode}.title`)),
      el('p', { id: `mode-desc-${mode}`, class: 'muted' }, t(`mode.${mode}.description`))))));
}
