// The deep linking picker (LTI Deep Linking 2.0): the instructor chooses a deck and settings; the server
// checks the choice against the platform's request and signs the response, which this page form-posts
// (field JWT) to the platform's deep_link_return_url. All text from the platform or a deck goes through
// textContent, never innerHTML. Every UI string comes from the bundles (i18n.js), in the launch's
// language (the locale GET /api/deep-linking answers), else the browser's.
import { api, sessionToken } from './session-token.js';
import { useLocale, t } from './i18n.js';
import { deckTools } from './picker-decks.js';
import { reportFrameHeight } from './frame-resize.js';

const picker = document.getElementById('picker');
const message = document.getElementById('message');

function say(text) {
  message.textContent = text;
  message.hidden = false;
  message.focus?.();
}

function modes() {
  return [...picker.querySelectorAll('input[name="mode"]:checked')].map((box) => box.value);
}

function graded() {
  return picker.querySelector('input[name="grading"]:checked').value === 'graded';
}

async function start() {
  reportFrameHeight();
  if (!sessionToken()) {
    await useLocale(navigator.language);
    say(t('picker.noSession'));
    return;
  }
  const request = await api('/api/deep-linking');
  // The launch's locale comes with the request (a deep linking launch has no resource link, so no study
  // session to ask); the browser's language stands in when the platform sent none.
  await useLocale(request.body?.locale || navigator.language);
  if (request.status !== 200) {
    say(request.body?.error || t('picker.cannotOpen'));
    return;
  }
  if (request.body.course) document.getElementById('course').textContent = t('picker.course', { course: request.body.course });
  if (!request.body.acceptLineItem) {
    picker.querySelector('input[value="ungraded"]').checked = true;
    document.getElementById('lineitem-note').hidden = false;
  }
  const decks = await api('/api/decks');
  const select = document.getElementById('deck');
  for (const deck of decks.body || []) {
    const option = document.createElement('option');
    option.value = deck.id;
    option.textContent = deck.title;
    select.append(option);
  }
  // Back from the editor with a deck just published: it is the one chosen.
  const published = new URLSearchParams(window.location.search).get('deck');
  if (published && [...select.options].some((option) => option.value === published)) select.value = published;
  await deckTools(select);
  const title = document.getElementById('title');
  const fillTitle = () => { if (!title.dataset.edited) title.value = select.selectedOptions[0]?.textContent || ''; };
  select.addEventListener('change', fillTitle);
  title.addEventListener('input', () => { title.dataset.edited = 'yes'; });
  fillTitle();
  picker.hidden = false;
  select.focus();
}

picker.addEventListener('submit', async (event) => {
  event.preventDefault();
  message.hidden = true;
  const attempts = document.getElementById('attempts').value.trim();
  const choice = {
    deck: document.getElementById('deck').value,
    modes: modes(),
    points: graded() ? Number(document.getElementById('points').value) : null,
    attempts: attempts === '' ? null : Number(attempts),
    title: document.getElementById('title').value,
  };
  const button = document.getElementById('add');
  button.disabled = true;
  const answer = await api('/api/deep-linking/response', { method: 'POST', body: choice });
  if (answer.status !== 200) {
    button.disabled = false;
    say(answer.body?.error || t('picker.couldNotAdd'));
    if (answer.body?.field) document.getElementsByName(answer.body.field)[0]?.focus();
    return;
  }
  const form = document.getElementById('return');
  form.action = answer.body.returnUrl;
  form.elements.JWT.value = answer.body.jwt;
  form.submit();
});

message.tabIndex = -1;
start();
