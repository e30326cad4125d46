// Which draft the editor opens: editor.html?draft=<id> reopens one; ?start=new|edit|copy&deck=<id>
// [&version=<n>] starts one (POST /api/instructor/drafts) and the address then names the draft, so a reload
// opens the same draft instead of starting another. "Edit" of a deck the platform may not change (built in,
// another platform's) or may no longer change (retired by the administrator) becomes a copy (the copy of that
// deck left earlier, when there is one), and the page says so.
import { api } from '../session-token.js';
import { t } from '../i18n.js';

export async function openDraft(params) {
  const id = params.get('draft');
  if (id) return { answer: await api(`/api/instructor/drafts/${encodeURIComponent(id)}`) };
  const start = params.get('start');
  const deck = params.get('deck');
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  if (start === 'edit') {
    const answer = await api('/api/instructor/drafts', { method: 'POST', body: { start: 'edit', deck } });
    if (answer.status !== 403 && answer.status !== 409) return { answer, notice: answer.status === 200 ? 'editor.notice.continued' : null };
    // A copy, then: the one left earlier when there is one, so that reopening "Edit this deck" loses nothing.
    const copied = await copy(deck, version, true);
    if (copied.status === 200) return { answer: copied, notice: 'editor.notice.copyContinued' };
    return { answer: copied, notice: answer.status === 403 ? 'editor.notice.copy' : 'editor.notice.retiredCopy' };
  }
  if (start === 'copy') return { answer: await copy(deck, version, false), notice: 'editor.notice.copyMade' };
  return { answer: await api('/api/instructor/drafts', { method: 'POST', body: { start: 'new' } }) };
}

async function copy(deck, version, continueLeft) {
  const source = await api(`/api/decks/${encodeURIComponent(deck || '')}${version ? `?version=${version}` : ''}`);
  const title = source.status === 200 ? t('editor.copyTitle', { title: source.body.title }).slice(0, 2000) : undefined;
  return api('/api/instructor/drafts', { method: 'POST', body: { start: 'copy', deck, version, title, continue: continueLeft } });
}
