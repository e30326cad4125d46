// Where the editor leads: back to the page it was opened from (the deep linking picker or the teaching
// view), and after publishing to the next step there. Links carry the session in the fragment, as the
// teaching pages do; people are named as the server describes them (DraftJson).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { sessionToken } from '../session-token.js';

const fragment = () => `#session=${encodeURIComponent(sessionToken() || '')}`;

function link(href, key, attrs = {}) {
  return el('a', { href: href + fragment(), ...attrs }, t(key));
}

export function backLinks(from) {
  if (from === 'picker') return [link('deep-linking.html', 'editor.back.picker', { id: 'back-link' })];
  if (from === 'teach') return [link('teach.html', 'editor.back.teach', { id: 'back-link' })];
  return [];
}

/** After publishing deck `deckId` (null: after discarding the draft). */
export function publishedLinks(from, deckId) {
  const links = [];
  if (from === 'picker') {
    links.push(deckId
      ? link(`deep-linking.html?deck=${encodeURIComponent(deckId)}`, 'editor.next.choose', { id: 'choose-deck' })
      : link('deep-linking.html', 'editor.back.picker'));
  }
  if (from === 'teach') {
    if (deckId) links.push(link('settings.html', 'editor.next.settings', { id: 'open-settings' }));
    links.push(link('teach.html', 'editor.back.teach'));
  }
  if (deckId) {
    links.push(link(`editor.html?start=edit&deck=${encodeURIComponent(deckId)}${from ? `&from=${from}` : ''}`,
      'editor.next.keepEditing', { id: 'keep-editing' }));
  }
  return links;
}

/** {name, sub} | {admin} | {otherPlatform} -> words. */
export function personName(person) {
  if (!person) return '—';
  if (person.admin) return t('editor.person.admin');
  if (person.otherPlatform) return t('editor.person.otherPlatform');
  return person.name || person.sub;
}
