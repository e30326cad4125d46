// The version of an uploaded deck the activity serves (issue 14): it stays the one the activity was created
// with until its teacher chooses "Use the latest version" (POST /api/instructor/activity/latest-deck-version);
// attempts already made keep theirs. Built-in decks have no versions, so nothing is shown for them.
import { api } from './session-token.js';
import { t, formatDate } from './i18n.js';
import { el, fill } from './dom.js';
import { personName } from './editor/links.js';

function line(key, versions, number) {
  const version = versions.find((v) => v.version === number);
  return el('p', {}, t(key, { version: number, by: personName(version?.createdBy), date: formatDate(version?.createdAt) }));
}

export function showDeckVersion(activity) {
  const box = document.getElementById('deck-version');
  box.hidden = activity.deckVersion === null || activity.deckVersion === undefined;
  if (box.hidden) return;
  const versions = activity.deckVersions || [];
  const latest = activity.latestDeckVersion;
  const button = el('button', { type: 'button', id: 'use-latest' }, t('settings.version.useLatest'));
  const status = el('p', { role: 'status', hidden: true });
  button.addEventListener('click', async () => {
    button.disabled = true;
    const answer = await api('/api/instructor/activity/latest-deck-version', { method: 'POST' });
    if (answer.status === 200) {
      showDeckVersion(answer.body);
      const done = document.getElementById('deck-version').querySelector('[role="status"]');
      done.textContent = t('settings.version.moved', { version: answer.body.deckVersion });
      done.hidden = false;
      return;
    }
    button.disabled = false;
    status.textContent = answer.body?.error || t('settings.couldNotSave');
    status.hidden = false;
  });
  fill(box,
    line('settings.version.current', versions, activity.deckVersion),
    latest === null ? el('p', {}, t('settings.version.retired'))
      : latest > activity.deckVersion ? [line('settings.version.latest', versions, latest),
        el('p', { class: 'hint' }, t('settings.version.attemptsKeep')), el('p', {}, button)]
        : el('p', { class: 'hint' }, t('settings.version.isLatest')),
    status);
}
