// The picker's deck tools (issue 14): create a deck, import a file, edit the chosen deck (when it is one of
// this platform's) or a copy of it, and continue a draft; each opens the editor (editor.html), which comes
// back here with the published deck chosen. An imported file goes to the instructor upload endpoint
// (POST /api/instructor/decks?format=…), which stores it as version 1 or answers every problem it found;
// the editor then opens that deck. Names and titles go in as text.
import { api, sessionToken } from './session-token.js';
import { t, formatDate } from './i18n.js';
import { el, fill } from './dom.js';
import { personName } from './editor/links.js';

const FORMATS = { gift: 'gift', xml: 'moodle-xml', json: 'json', csv: 'csv', tsv: 'tsv' };
const TYPES = { json: 'application/json', csv: 'text/csv', xml: 'application/xml', tsv: 'text/tab-separated-values' };

const editorUrl = (query) => `editor.html?${query}&from=picker#session=${encodeURIComponent(sessionToken() || '')}`;

/** A deck id from a file name, like the server's fresh ids: ASCII words and a random suffix. */
function idFrom(name) {
  const words = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40).replace(/^-+|-+$/g, '');
  const suffix = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => 'abcdefghijkmnpqrstuvwxyz23456789'[b % 32]).join('');
  return `${words || 'deck'}-${suffix}`;
}

async function upload(file) {
  const extension = (file.name.match(/\.([^.]+)$/)?.[1] || '').toLowerCase();
  const base = file.name.replace(/\.[^.]*$/, '');
  const query = new URLSearchParams({ id: idFrom(base), title: (base || t('editor.untitled')).slice(0, 200) });
  if (FORMATS[extension]) query.set('format', FORMATS[extension]);
  const response = await fetch(`/api/instructor/decks?${query}`, {
    method: 'POST', body: file,
    headers: { Authorization: `Bearer ${sessionToken()}`, Accept: 'application/json', 'Content-Type': TYPES[extension] || 'text/plain' },
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

export async function deckTools(select) {
  const tools = document.getElementById('deck-tools');
  const overview = await api('/api/instructor/drafts');
  if (overview.status !== 200) return;
  const editable = new Set(overview.body.editableDecks);
  const edit = el('a', { id: 'edit-deck' }, t('picker.editDeck'));
  const copy = el('a', { id: 'edit-copy' }, t('picker.editCopy'));
  const showLinks = () => {
    const deck = encodeURIComponent(select.value);
    edit.href = editorUrl(`start=edit&deck=${deck}`);
    edit.hidden = !editable.has(select.value);
    copy.href = editorUrl(`start=copy&deck=${deck}`);
  };
  select.addEventListener('change', showLinks);
  showLinks();

  const file = el('input', { type: 'file', id: 'import-file', accept: '.gift,.txt,.xml,.csv,.tsv,.json', 'aria-describedby': 'import-hint' });
  const status = el('div', { id: 'import-status', hidden: true });
  const importButton = el('button', { type: 'button', id: 'import' }, t('picker.import'));
  importButton.addEventListener('click', async () => {
    status.hidden = false;
    if (!file.files.length) {
      fill(status, el('p', { role: 'alert' }, t('picker.importNoFile')));
      file.focus();
      return;
    }
    importButton.disabled = true;
    fill(status, el('p', { role: 'status' }, t('picker.importing')));
    const answer = await upload(file.files[0]).catch(() => ({ status: 0, body: null }));
    if (answer.status === 201) {
      const open = editorUrl(`start=edit&deck=${encodeURIComponent(answer.body.id)}`);
      const { skipped = [], notes = [] } = answer.body;
      if (!skipped.length && !notes.length) {
        window.location.assign(open);
        return;
      }
      // What the file held that the deck does not: said before the editor opens, so that nothing is lost unseen.
      fill(status, el('div', { role: 'status', 'data-import-report': '' },
        el('p', {}, t('picker.imported', { title: answer.body.title, cards: answer.body.cards, questions: answer.body.questions,
          prompts: answer.body.explainPrompts })),
        skipped.length ? [el('p', {}, t('picker.skipped')),
          el('ul', {}, skipped.map((item) => el('li', {}, t('picker.skippedItem', item))))] : null,
        notes.length ? [el('p', {}, t('picker.notes')),
          el('ul', {}, notes.map((note) => el('li', {}, `${note.where}: ${note.note}`)))] : null,
        el('p', {}, el('a', { href: open, id: 'open-imported' }, t('picker.openImported')))));
      status.querySelector('a').focus();
      return;
    }
    importButton.disabled = false;
    fill(status, el('div', { role: 'alert' },
      el('p', {}, t('picker.importFailed'), ' ', answer.body?.error || t('error.network')),
      answer.body?.errors?.length ? el('ul', {}, answer.body.errors.map((e) => el('li', {}, `${e.path}: ${e.reason}`))) : null));
  });

  const drafts = overview.body.drafts;
  fill(tools,
    el('ul', { class: 'deck-links' }, el('li', {}, edit), el('li', {}, copy),
      el('li', {}, el('a', { id: 'create-deck', href: editorUrl('start=new') }, t('picker.create')))),
    el('div', { class: 'import' },
      el('label', { for: 'import-file' }, t('picker.importLabel')),
      el('p', { class: 'hint', id: 'import-hint' }, t('picker.importHint')),
      file, ' ', importButton, status),
    drafts.length ? el('div', {},
      el('p', { id: 'drafts-h' }, t('picker.drafts')),
      el('ul', { 'aria-labelledby': 'drafts-h' }, drafts.map((d) => el('li', {},
        el('a', { href: editorUrl(`draft=${d.id}`), 'data-draft': d.id },
          t('picker.continueDraft', { title: d.title || t('editor.untitled'), date: formatDate(d.updatedAt), by: personName(d.updatedBy) })))))) : null);
}
