// The launch redirects to <page>#session=<token>. The token is taken out of the address at once
// (history.replaceState), so it is not left in the history, in bookmarks or in a shared link, and kept
// in sessionStorage, which survives a reload of this frame but not the end of the browsing session.
const KEY = 'recall.session';
let current = null;

export function takeSessionToken() {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromLaunch = fragment.get('session');
  if (fromLaunch) {
    current = fromLaunch;
    try {
      sessionStorage.setItem(KEY, fromLaunch);
    } catch (e) {
      // Storage can be blocked in a third-party iframe; the token then lives only in this page.
    }
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromLaunch;
  }
  if (current) return current;
  try {
    current = sessionStorage.getItem(KEY);
  } catch (e) {
    current = null;
  }
  return current;
}

// The pages of the teaching side call it by this name.
export const sessionToken = takeSessionToken;

// Calls the JSON API with the session's bearer token; resolves to {status, body} (body parsed when JSON).
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', Authorization: 'Bearer ' + takeSessionToken() };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method || 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  return { status: response.status, body };
}

// The start of a page of the launched activity: its session and, before anything is shown, the launch's
// language (useLocale from i18n.js). Resolves to {token, session}, or null when the page holds no session
// (the caller then says so, in the browser's language).
export async function openSession(useLocale) {
  const token = takeSessionToken();
  if (!token) {
    await useLocale(navigator.language);
    return null;
  }
  const session = await api('/api/study/session');
  await useLocale(session.body?.locale || navigator.language);
  return { token, session };
}
