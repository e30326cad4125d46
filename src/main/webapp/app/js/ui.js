// Small UI pieces the modes share: headings, the live announcer, errors, level badges, the flip
// card, the progress bar. Deck text is set with textContent (an HTML deck's text is rebuilt from its
// allowed elements by html-text.js) and marked with the deck's language.
import { el, fill } from './dom.js';
import { htmlNodes, htmlText } from './html-text.js';
import { t } from './i18n.js';

/** Screen readers hear `message` without the focus moving (a polite live region). */
export function announce(message) {
  const region = document.getElementById('announcer');
  region.textContent = '';
  // A fresh text node after a tick, so the same message twice is announced twice.
  setTimeout(() => { region.textContent = message; }, 50);
}

/** A RuntimeError (or {key}) shown as an alert in `container`, replacing its content. */
export function showError(container, error) {
  fill(container, errorBox(error));
  container.focus();
}

export function errorBox(error) {
  const text = error && error.detail ? error.detail : t((error && error.key) || 'error.unexpected');
  return el('div', { class: 'notice error', role: 'alert' }, el('p', { text }));
}

/** A mode's page: h2 title, then the children; the focus moves to the title for keyboard users. */
export function modePage(main, titleKey, ...children) {
  const title = el('h2', { tabindex: '-1', id: 'mode-title' }, t(titleKey));
  fill(main, title, ...children);
  title.focus({ preventScroll: true });
  return title;
}

/** Deck text, in the deck's language (lang attribute) so screen readers pronounce it right. */
export function deckText(tag, deck, text, attrs = {}) {
  if (deck.textFormat === 'html') return el(tag, { lang: deck.language || null, ...attrs }, htmlNodes(text));
  return el(tag, { lang: deck.language || null, ...attrs, text });
}

/** A deck text as plain text, for places that cannot hold markup (a select's options, an aria-label). */
export function deckPlainText(deck, text) {
  return deck.textFormat === 'html' ? htmlText(text) : text;
}

export function levelBadge(level) {
  if (!level) return null;
  return el('span', { class: `badge level-${level}` }, t(`level.${level}`));
}

/** A progress bar with its count in words (the bar alone is not enough for everyone). */
export function progressBar(labelKey, done, total) {
  const label = t(labelKey, { done, total });
  return el('div', { class: 'progress' },
    el('p', { class: 'progress-label', id: 'progress-label' }, label),
    el('div', {
      class: 'progress-track', role: 'progressbar', 'aria-labelledby': 'progress-label',
      'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done,
    }, fillTo(total ? Math.round((done / total) * 100) : 0)));
}

// The bar's width through the CSSOM: a style attribute would be inline style, which the pages' CSP refuses.
function fillTo(percent) {
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${percent}%`;
  return fill;
}

/**
 * A card that flips on click, Space or Enter: it is a real button (so the keyboard works without
 * extra code) with aria-expanded telling whether the answer is shown. The answer is hidden with
 * visibility, which also hides it from screen readers until the flip.
 */
export function flipCard(deck, card, onFlip) {
  const front = el('span', { class: 'face front' },
    el('span', { class: 'face-meta' }, levelBadge(card.level), el('span', { class: 'face-label' }, t('card.question'))),
    deckText('span', deck, card.prompt, { class: 'face-text' }),
    el('span', { class: 'face-hint' }, t('card.flipHint')));
  const back = el('span', { class: 'face back' },
    el('span', { class: 'face-meta' }, el('span', { class: 'face-label' }, t('card.answer'))),
    deckText('span', deck, card.answer, { class: 'face-text' }));
  const button = el('button', {
    type: 'button', class: 'flip-card', 'aria-expanded': 'false', 'data-card': card.id,
  }, el('span', { class: 'flip-inner' }, front, back));
  button.addEventListener('click', () => {
    const shown = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(shown));
    if (shown) announce(t('card.answerShown'));
    onFlip(shown);
  });
  return button;
}

/** A row of buttons. */
export function actions(...buttons) {
  return el('div', { class: 'actions' }, ...buttons);
}

export function button(labelKey, onClick, attrs = {}) {
  return el('button', { type: 'button', ...attrs, on: { click: onClick } }, t(labelKey));
}

/** A wait in the page's language, rounded to its largest unit: "10 min", "3 days", "2 mo". */
export function formatWait(seconds, language) {
  const units = [['year', 365 * 86400], ['month', 30 * 86400], ['day', 86400], ['hour', 3600], ['minute', 60]];
  const [unit, size] = units.find(([, s]) => seconds >= s) || units[units.length - 1];
  const value = Math.max(1, Math.round(seconds / size));
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
}

/** Answers a key press (outside text fields) with `keys[key]`, while `element` is in the page. */
export function onKeys(element, keys) {
  const handler = (event) => {
    if (!element.isConnected) {
      document.removeEventListener('keydown', handler);
      return;
    }
    const target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, textarea, select')) return;
    const action = keys[event.key.toLowerCase()];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  document.addEventListener('keydown', handler);
}
