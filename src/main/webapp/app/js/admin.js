// The admin page: signs in with the admin token (kept in sessionStorage only, sent as a bearer token),
// then lists and changes platforms, tool keys and decks through the admin API. Everything the server
// or a deck provides is put in the page as text (textContent), never as markup.
const TOKEN_KEY = 'recall.adminToken';
const $ = (id) => document.getElementById(id);

function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

function say(message) {
  $('problem').textContent = '';
  $('status').textContent = message;
}

function complain(message) {
  $('status').textContent = '';
  $('problem').textContent = message;
  $('problem').focus();
}

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.error) || `The request failed (${status}).`);
    this.status = status;
    this.body = body || {};
  }
}

async function api(method, path, body, contentType = 'application/json') {
  const headers = { Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) || ''}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = contentType;
  const response = await fetch(path, { method, headers, body, cache: 'no-store', credentials: 'omit' });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  if (response.status === 401) {
    signOut('Your admin token was refused. Sign in again.');
    throw new ApiError(401, json);
  }
  if (!response.ok) throw new ApiError(response.status, json);
  return json;
}

function when(iso) {
  if (!iso) return 'never';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function details(pairs) {
  const list = el('dl');
  for (const [term, value] of pairs) {
    list.append(el('dt', term), el('dd', value));
  }
  return list;
}

async function loadPlatforms() {
  const platforms = await api('GET', '/api/admin/platforms');
  const box = $('platforms');
  box.replaceChildren();
  if (platforms.length === 0) box.append(el('p', 'No platform is registered yet.'));
  for (const p of platforms) {
    const pending = p.status === 'PENDING';
    const item = el('article', undefined, { class: pending ? 'item pending' : 'item' });
    const elsewhere = p.endpointsElsewhere || [];
    item.append(el('h3', p.issuer), details([
      ['Client id', p.clientId],
      ['Deployments', p.deploymentIds.join(', ')],
      ['Last launch', when(p.lastLaunchAt)],
      ['Last AGS error', p.lastGradeError ? `${p.lastGradeError.message} (${when(p.lastGradeError.at)})` : 'none'],
      ['Status', pending ? 'pending: waits for your approval, cannot open Recall' : 'active'],
      ...(pending && elsewhere.length ? [['On another site than the issuer', elsewhere.join(', ')]] : []),
    ]));
    const remove = el('button', 'Remove', { type: 'button', class: 'secondary' });
    remove.setAttribute('aria-label', `Remove platform ${p.issuer} (client id ${p.clientId})`);
    remove.addEventListener('click', () => act(async () => {
      if (!window.confirm(`Remove ${p.issuer} (client id ${p.clientId})? Its launches stop working.`)) return;
      await api('DELETE', `/api/admin/platforms/${encodeURIComponent(p.id)}`);
      await loadPlatforms();
      say(`Platform ${p.issuer} removed.`);
      $('platforms-title').focus();
    }));
    if (pending) item.append(approveButton(p, elsewhere));
    item.append(deploymentForm(p), remove);
    box.append(item);
  }
}

// Approves a pending dynamic registration (POST /api/admin/platforms/{id}/approval). Endpoints on another
// site than the issuer are named in the confirmation, and allowed only by confirming it.
function approveButton(p, elsewhere) {
  const approve = el('button', 'Approve', { type: 'button' });
  approve.setAttribute('aria-label', `Approve platform ${p.issuer} (client id ${p.clientId})`);
  approve.addEventListener('click', () => act(async () => {
    const question = elsewhere.length
      ? `Approve ${p.issuer}? Its ${elsewhere.join(', ')} are on another site than its issuer: approve only if you trust them.`
      : `Approve ${p.issuer} (client id ${p.clientId})? Its users can then open Recall.`;
    if (!window.confirm(question)) return;
    await api('POST', `/api/admin/platforms/${encodeURIComponent(p.id)}/approval`,
      JSON.stringify({ allowOtherOrigins: elsewhere.length > 0 }));
    await loadPlatforms();
    say(`Platform ${p.issuer} approved.`);
    $('platforms-title').focus();
  }));
  return approve;
}

// A small form under each platform: adds one deployment id (POST /api/admin/platforms/{id}/deployments).
function deploymentForm(p) {
  const form = el('form', undefined, { class: 'inline', 'aria-label': `Add a deployment to ${p.issuer} (client id ${p.clientId})` });
  const inputId = `deployment-${p.id}`;
  const input = el('input', undefined, { id: inputId, name: 'deploymentId', required: '', maxlength: '255', spellcheck: 'false', autocomplete: 'off' });
  form.append(el('label', 'New deployment id', { for: inputId }), input, el('button', 'Add deployment', { type: 'submit' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const deploymentId = input.value.trim();
    act(async () => {
      await api('POST', `/api/admin/platforms/${encodeURIComponent(p.id)}/deployments`, JSON.stringify({ deploymentId }));
      await loadPlatforms();
      say(`Deployment ${deploymentId} added to ${p.issuer}.`);
      const again = $(inputId);
      if (again) again.focus();
    }, form);
  });
  return form;
}

async function loadLinks() {
  $('plain-registration-url').textContent = `${window.location.origin}/lti/register`;
  const links = await api('GET', '/api/admin/registration-links');
  $('links').replaceChildren(...links.map((l) => {
    const state = { LIVE: `valid until ${when(l.expiresAt)}`, USED: `used ${when(l.usedAt)}`, EXPIRED: 'expired' }[l.status] || l.status;
    const item = el('li', `${l.label || 'Link'} ${l.id}: ${state}${l.allowOtherOrigins ? ', endpoints on other sites allowed' : ''} `);
    if (l.status === 'LIVE') {
      const revoke = el('button', 'Revoke', { type: 'button', class: 'secondary' });
      revoke.setAttribute('aria-label', `Revoke registration link ${l.id}`);
      revoke.addEventListener('click', () => act(async () => {
        await api('DELETE', `/api/admin/registration-links/${encodeURIComponent(l.id)}`);
        await loadLinks();
        say(`Registration link ${l.id} revoked.`);
        $('links-title').focus();
      }));
      item.append(revoke);
    }
    return item;
  }));
}

async function loadKeys() {
  const keys = await api('GET', '/api/admin/keys');
  $('keys').replaceChildren(...keys.map((k) => el('li',
    `${k.kid}: created ${when(k.createdAt)}${k.signing ? ', signing' : ''}${k.retiresAt ? `, retires ${when(k.retiresAt)}` : ''}`)));
}

async function loadDecks() {
  const decks = await api('GET', '/api/admin/decks');
  const box = $('decks');
  box.replaceChildren();
  for (const d of decks) {
    const item = el('article', undefined, { class: 'item' });
    const versions = d.versions.map((v) => `v${v.version} ${v.status.toLowerCase()} (${when(v.uploadedAt)}, ${v.uploadedBy})`);
    item.append(el('h3', d.title), details([
      ['Id', d.id],
      ['Status', d.builtIn ? 'built in' : d.status.toLowerCase()],
      ['Versions', d.builtIn ? 'not versioned' : versions.join('; ')],
    ]));
    if (!d.builtIn && d.status === 'ACTIVE') {
      const retire = el('button', 'Retire', { type: 'button', class: 'secondary' });
      retire.setAttribute('aria-label', `Retire deck ${d.id}`);
      retire.addEventListener('click', () => act(async () => {
        if (!window.confirm(`Retire ${d.id}? It can no longer be chosen; existing activities keep it.`)) return;
        await api('POST', `/api/admin/decks/${encodeURIComponent(d.id)}/retire`);
        await loadDecks();
        say(`Deck ${d.id} retired.`);
        $('decks-title').focus();
      }));
      item.append(retire);
    }
    box.append(item);
  }
}

// Runs an action; on failure says why and, when the server names a field of `form`, names its label,
// marks it invalid and moves focus to it.
async function act(work, form = null) {
  if (form) form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  try {
    await work();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return;
    const field = e instanceof ApiError && e.body.field && form && form.querySelector(`[name="${CSS.escape(e.body.field)}"]`);
    const label = field && field.id && form.querySelector(`label[for="${CSS.escape(field.id)}"]`);
    complain(label ? `${label.textContent}: ${e.message}` : e.message);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  }
}

function showConsole(signedIn) {
  $('login').hidden = signedIn;
  $('console').hidden = !signedIn;
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  showConsole(false);
  if (message) complain(message); else say('Signed out.');
  $('token').focus();
}

async function open() {
  showConsole(true);
  await Promise.all([loadPlatforms(), loadLinks(), loadKeys(), loadDecks()]);
}

$('login').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  $('token').value = '';
  act(async () => {
    await open();
    say('Signed in.');
    $('platforms-title').focus();
  });
});

$('signout').addEventListener('click', () => signOut());

$('add-platform').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = {
    issuer: form.get('issuer'), clientId: form.get('clientId'),
    authorizationEndpoint: form.get('authorizationEndpoint'), tokenEndpoint: form.get('tokenEndpoint'),
    jwksUri: form.get('jwksUri'),
    deploymentIds: String(form.get('deploymentIds')).split(',').map((s) => s.trim()).filter((s) => s),
  };
  act(async () => {
    await api('POST', '/api/admin/platforms', JSON.stringify(body));
    event.target.reset();
    await loadPlatforms();
    say(`Platform ${body.issuer} added.`);
  }, event.target);
});

$('new-link').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = { label: form.get('label'), validHours: Number(form.get('validHours')), allowOtherOrigins: form.get('allowOtherOrigins') === 'on' };
  act(async () => {
    const link = await api('POST', '/api/admin/registration-links', JSON.stringify(body));
    event.target.reset();
    $('new-link-value').textContent = link.url;
    $('new-link-url').hidden = false;
    await loadLinks();
    say('Registration link made. Copy it now: it is not shown again.');
  }, event.target);
});

$('rotate').addEventListener('submit', (event) => {
  event.preventDefault();
  const minutes = encodeURIComponent($('graceMinutes').value);
  act(async () => {
    const key = await api('POST', `/api/admin/keys/rotate?graceMinutes=${minutes}`);
    await loadKeys();
    say(`The tool now signs with key ${key.kid}.`);
  }, event.target);
});

$('upload').addEventListener('submit', (event) => {
  event.preventDefault();
  const file = $('file').files[0];
  if (!file) return;
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  const query = new URLSearchParams();
  if (csv) {
    for (const name of ['id', 'title', 'minutes']) {
      const value = new FormData(event.target).get(name);
      if (value) query.set(name, value);
    }
  }
  const errors = $('upload-errors');
  errors.replaceChildren();
  act(async () => {
    try {
      const stored = await api('POST', `/api/admin/decks${csv ? `?${query}` : ''}`, file,
        csv ? 'text/csv' : 'application/json');
      event.target.reset();
      await loadDecks();
      say(`Deck ${stored.id} stored as version ${stored.version}.`);
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.body.errors)) {
        const list = el('ul', undefined, { 'aria-label': 'Errors in the uploaded deck' });
        for (const error of e.body.errors) list.append(el('li', `${error.path}: ${error.reason}`));
        errors.append(list);
      }
      throw e;
    }
  }, event.target);
});

if (sessionStorage.getItem(TOKEN_KEY)) {
  act(open);
} else {
  showConsole(false);
}
