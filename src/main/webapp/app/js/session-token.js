// The launch redirects to study.html#session=<token>. The token is taken out of the address at once
// (history.replaceState), so it is not left in the history, in bookmarks or in a shared link, and kept
// in sessionStorage, which survives a reload of this frame but not the end of the browsing session.
const KEY = 'recall.session';

export function takeSessionToken() {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const fromLaunch = fragment.get('session');
  if (fromLaunch) {
    try {
      sessionStorage.setItem(KEY, fromLaunch);
    } catch (e) {
      // Storage can be blocked in a third-party iframe; the token then lives only in this page.
    }
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromLaunch;
  }
  try {
    return sessionStorage.getItem(KEY);
  } catch (e) {
    return null;
  }
}
