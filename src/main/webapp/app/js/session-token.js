// The study session token: the launch puts it in the URL fragment (never sent to a server, never in a
// Referer); the page moves it to sessionStorage and clears the fragment, then sends it as a bearer token.
export function sessionToken() {
  const match = /(?:^#|&)session=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem('recall.session', match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem('recall.session');
}

// Calls the JSON API; resolves to {status, body} (body parsed when JSON).
export async function api(path, options = {}) {
  const headers = { Accept: 'application/json', Authorization: 'Bearer ' + sessionToken() };
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
