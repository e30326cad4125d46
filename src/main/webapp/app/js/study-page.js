// The study page, whatever its runtime: opens the runtime its launch page gives (study.js: LTI;
// the SCORM package's scorm-start.js: SCORM), loads the session and the deck, then shows the mode menu
// (or the only mode) and the chosen mode. Modes live in modes/*.js and share the small UI pieces of ui.js.
import { useLocale, t } from './i18n.js';
import { takeSessionToken } from './session-token.js';
import { reportFrameHeight } from './frame-resize.js';
import { fill, el } from './dom.js';
import { showError } from './ui.js';
import { MODES, showMenu } from './modes/menu.js';
import { trackStudyTime } from './study-time.js';

/** @param openRuntime () -> a runtime (runtime/runtime.js), or throws a RuntimeError to show */
export async function startStudyPage(openRuntime) {
  reportFrameHeight();
  const main = document.getElementById('main');
  let runtime;
  try {
    runtime = await openRuntime();
  } catch (error) {
    await useLocale(navigator.language);
    showError(main, error);
    return;
  }
  let session;
  let deck;
  try {
    session = await runtime.session();
    await useLocale(session.locale);
    deck = await runtime.deck();
  } catch (error) {
    await useLocale(session ? session.locale : navigator.language);
    showError(main, error);
    return;
  }
  showHeader(session);
  showNotice(runtime);
  const modes = (session.activity.modes || []).filter((mode) => MODES[mode]);
  const context = { runtime, session, deck, main, modes, open, home };
  const time = trackStudyTime(runtime);

  function open(mode) {
    time.enter(mode);
    showNotice(runtime);
    document.title = `${t(`mode.${mode}.title`)} · ${session.activity.title || deck.title}`;
    showNav(modes.length > 1 ? mode : null);
    MODES[mode].show(context);
  }
  function home() {
    time.leave();
    showNotice(runtime);
    document.title = session.activity.title || deck.title;
    showNav(null);
    showMenu(context);
  }
  if (modes.length === 0) {
    showError(main, { key: 'error.noModes' });
  } else if (modes.length === 1) {
    open(modes[0]);
  } else {
    home();
  }

  function showNav(current) {
    const nav = document.getElementById('mode-nav');
    nav.hidden = current === null;
    fill(nav, current === null ? null : el('button', {
      type: 'button', class: 'link-button', on: { click: home },
    }, t('nav.allModes')));
  }
}

function showHeader(session) {
  // LMS text goes in as text: a course title holding <script> is shown, never run.
  document.getElementById('activity-title').textContent = session.activity.title || t('app.name');
  const parts = [session.course, session.user && session.user.name].filter(Boolean);
  document.getElementById('context-line').textContent = parts.join(' · ');
  if (session.user && session.user.instructor) {
    // Instructors reach the teaching page (results, roster, item analysis) from here; the server checks the role.
    const link = document.createElement('a');
    link.id = 'teach-link';
    link.href = 'teach.html#session=' + encodeURIComponent(takeSessionToken() || '');
    link.textContent = t('study.instructor');
    const line = document.createElement('p');
    line.append(link);
    document.getElementById('context-line').after(line);
  }
}

/** The runtime's notice (runtime.js `notice()`), e.g. that progress is not being recorded, under the header. */
function showNotice(runtime) {
  const key = runtime.notice();
  let notice = document.getElementById('runtime-notice');
  if (!key) {
    if (notice) notice.remove();
    return;
  }
  if (!notice) {
    notice = el('p', { id: 'runtime-notice', class: 'notice', role: 'status' });
    document.querySelector('.site-header .page').append(notice);
  }
  notice.dataset.notice = key;
  notice.textContent = t(key);
}
