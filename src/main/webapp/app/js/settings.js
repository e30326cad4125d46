// Settings of the launched resource link (GET/PUT /api/instructor/activity), for its instructors.
// Every UI string comes from the bundles (i18n.js), in the launch's locale (GET /api/study/session), as on
// the study and teaching pages; deck titles and server messages are inserted with textContent.
import { api, openSession } from './session-token.js';
import { useLocale, t } from './i18n.js';
import { showDeckVersion } from './settings-version.js';

const form = document.getElementById('settings');
const message = document.getElementById('message');

function say(text) {
  message.textContent = text;
  message.hidden = false;
  message.focus();
}

async function start() {
  // The language first, so that every message below is in it.
  const opened = await openSession(useLocale);
  if (!opened) {
    say(t('error.noSession'));
    return;
  }
  const { token } = opened;
  document.getElementById('open').href = '/app/study.html#session=' + encodeURIComponent(token || '');
  document.getElementById('teach').href = '/app/teach.html#session=' + encodeURIComponent(token || '');
  const [activity, decks] = await Promise.all([api('/api/instructor/activity'), api('/api/decks')]);
  if (activity.status !== 200) {
    say(activity.body?.error || t('settings.cannotOpen'));
    return;
  }
  const select = document.getElementById('deck');
  for (const deck of decks.body || []) {
    const option = document.createElement('option');
    option.value = deck.id;
    option.textContent = deck.title;
    select.append(option);
  }
  const a = activity.body;
  select.value = a.deck;
  document.getElementById('title').value = a.title || '';
  for (const box of form.querySelectorAll('input[name="mode"]')) box.checked = a.modes.includes(box.value);
  form.querySelector(`input[name="grading"][value="${a.points ? 'graded' : 'ungraded'}"]`).checked = true;
  if (a.points) document.getElementById('points').value = a.points;
  document.getElementById('attemptsAllowed').value = a.attemptsAllowed ?? '';
  document.getElementById('attemptPolicy').value = a.attemptPolicy;
  document.getElementById('passPercent').value = a.passPercent;
  document.getElementById('showAnswers').value = a.showAnswers;
  document.getElementById('shuffleQuestions').checked = a.shuffleQuestions;
  document.getElementById('sendProgress').checked = a.sendProgress;
  document.getElementById('desiredRetention').value = Math.round((a.desiredRetention ?? 0.9) * 100);
  document.getElementById('gradedMode').value = a.gradedMode || 'quiz';
  showDeckVersion(a);
  form.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.hidden = true;
  const graded = form.querySelector('input[name="grading"]:checked')?.value === 'graded';
  const attempts = document.getElementById('attemptsAllowed').value.trim();
  const answer = await api('/api/instructor/activity', {
    method: 'PUT',
    body: {
      title: document.getElementById('title').value,
      deck: document.getElementById('deck').value,
      modes: [...form.querySelectorAll('input[name="mode"]:checked')].map((box) => box.value),
      points: graded ? Number(document.getElementById('points').value) : null,
      attemptsAllowed: attempts === '' ? null : Number(attempts),
      attemptPolicy: document.getElementById('attemptPolicy').value,
      passPercent: Number(document.getElementById('passPercent').value),
      showAnswers: document.getElementById('showAnswers').value,
      shuffleQuestions: document.getElementById('shuffleQuestions').checked,
      sendProgress: document.getElementById('sendProgress').checked,
      desiredRetention: Number(document.getElementById('desiredRetention').value) / 100,
      gradedMode: document.getElementById('gradedMode').value,
    },
  });
  if (answer.status !== 200) {
    say(answer.body?.error || t('settings.couldNotSave'));
    return;
  }
  showDeckVersion(answer.body);
  const saved = document.getElementById('saved');
  saved.textContent = t('settings.saved') + (answer.body.lineItem ? ' ' + answer.body.lineItem.message : '');
  saved.hidden = false;
  document.getElementById('open').hidden = false;
});

start();
