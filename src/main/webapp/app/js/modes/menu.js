// The mode menu, shown when the activity offers several modes: the student's progress at a glance
// (cards due today, cards known, best Match time, streak), then the modes. Each mode resumes by itself
// from its stored progress, so the menu only has to open it.
import { el, fill } from '../dom.js';
import { t, tn } from '../i18n.js';
import { modePage, deckText } from '../ui.js';
import * as review from './review.js';
import * as quiz from './quiz.js';
import * as explain from './explain.js';
import * as spaced from './spaced.js';
import * as sheet from './sheet.js';
import * as match from './match.js';
import * as write from './write.js';
import * as truefalse from './truefalse.js';
import * as test from './test.js';

// In the order of PRODUCT.md; the server's mode codes (study-api.md).
export const MODES = { review, quiz, explain, spaced, sheet, match, write, truefalse, test };

export function showMenu({ main, modes, deck, open, runtime }) {
  const ordered = Object.keys(MODES).filter((mode) => modes.includes(mode));
  const summary = el('section', { class: 'summary', 'aria-labelledby': 'summary-title' });
  const missing = runtime.unavailable().filter((mode) => MODES[mode]);
  modePage(main, 'menu.title',
    el('p', {}, t('menu.deck'), ' ', deckText('span', deck, deck.title, { class: 'deck-title' })),
    summary,
    el('ul', { class: 'mode-list', role: 'list' }, ordered.map((mode) => el('li', {},
      el('button', {
        type: 'button', class: 'mode-choice', 'data-mode': mode,
        'aria-describedby': `mode-desc-${mode}`, on: { click: () => open(mode) },
      }, t(`mode.${mode}.title`)),
      el('p', { id: `mode-desc-${mode}`, class: 'muted' }, t(`mode.${mode}.description`))))),
    missing.length ? el('p', { class: 'muted', 'data-unavailable': missing.join(',') },
      t('menu.unavailable', { modes: missing.map((mode) => t(`mode.${mode}.title`)).join(', ') })) : null);
  runtime.summary().then((s) => showSummary(summary, s)).catch(() => summary.remove());
}

function showSummary(section, s) {
  const item = (key, value, name) => [el('dt', {}, t(key)), el('dd', { 'data-summary': name }, value)];
  fill(section, el('h3', { id: 'summary-title' }, t('summary.title')),
    el('dl', { class: 'summary-list' },
      s.dueToday === null || s.dueToday === undefined ? null : item('summary.dueToday', tn('summary.cards', s.dueToday), 'due'),
      item('summary.known', t('summary.knownOf', { known: s.known, total: s.total }), 'known'),
      item('summary.bestMatch', s.bestMatchSeconds ? t('summary.seconds', { seconds: s.bestMatchSeconds.toFixed(1) })
        : t('summary.notYet'), 'match'),
      item('summary.streak', s.streakDays ? tn('summary.days', s.streakDays) : t('summary.noStreak'), 'streak')));
}
