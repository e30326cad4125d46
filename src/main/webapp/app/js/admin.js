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
      ['Status', pending ? 'pending: waits for your approval, cannot open Recall' : 'active'],
      ['Id', p.id],
      ...(elsewhere.length ? [['On another site than the issuer', elsewhere.join(', ')]] : []),
      ['Client id', p.clientId],
      ['Deployments', p.deploymentIds.join(', ')],
      ['Last launch', when(p.lastLaunchAt)],
      ['Scores', `${p.scoresWaiting ?? 0} waiting, ${p.scoresFailed ?? 0} failed`],
      ['Grade delivery', problemText((p.problems || {}).grades)],
      ['Roster reads', problemText((p.problems || {}).roster)],
    ]));
    if (p.scoresFailed > 0) item.append(resendButton(p));
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
    item.append(deploymentForm(p), originsForm(p), remove);
    box.append(item);
  }
}

// The latest problem of the platform's grade delivery or roster reads, as Recall words it.
function problemText(problem) {
  if (!problem) return 'no problem seen';
  const state = problem.resolvedAt ? `works again since ${when(problem.resolvedAt)}`
    : `${problem.kind === 'configuration' ? 'needs an administrator' : 'retrying'} since ${when(problem.since)}`;
  return `${problem.reason} (${state}; ${problem.occurrences} time${problem.occurrences === 1 ? '' : 's'})`;
}

// After the platform's configuration was fixed: every failed score of it goes back to delivery.
function resendButton(p) {
  const button = el('button', `Send ${p.scoresFailed} failed score${p.scoresFailed === 1 ? '' : 's'} again`,
    { type: 'button', class: 'secondary' });
  button.setAttribute('aria-label', `Send the failed scores of ${p.issuer} (client id ${p.clientId}) again`);
  button.addEventListener('click', () => act(async () => {
    const answer = await api('POST', `/api/admin/platforms/${encodeURIComponent(p.id)}/scores/resend`);
    await loadPlatforms();
    say(`${answer.resent} score${answer.resent === 1 ? '' : 's'} of ${p.issuer} will be sent again.`);
  }));
  return button;
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

// Where the platform's grade and roster services may be called (PUT /api/admin/platforms/{id}/service-origins).
// A service URL on any other origin is never fetched: Canvas serves them on the school's own host.
function originsForm(p) {
  const form = el('form', undefined, { class: 'inline', 'aria-label': `Service origins of ${p.issuer} (client id ${p.clientId})` });
  const inputId = `origins-${p.id}`;
  const hintId = `${inputId}-hint`;
  const current = (p.serviceOrigins || { origins: [], defaults: true });
  const input = el('textarea', current.origins.join('\n'), { id: inputId, name: 'origins', rows: '3', spellcheck: 'false',
    autocomplete: 'off', 'aria-describedby': hintId });
  form.append(el('label', 'Service origins (grades and rosters)', { for: inputId }), input,
    el('p', `One per line, e.g. https://school.instructure.com for Canvas. ${current.defaults
      ? 'These are the defaults: the origins of the issuer and endpoints.' : 'Set by an administrator; save an empty list to go back to the defaults.'}`,
    { id: hintId, class: 'hint' }),
    el('button', 'Save service origins', { type: 'submit' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const origins = input.value.split(/\s+/).map((s) => s.trim()).filter((s) => s);
    act(async () => {
      await api('PUT', `/api/admin/platforms/${encodeURIComponent(p.id)}/service-origins`, JSON.stringify({ origins }));
      await loadPlatforms();
      say(`Service origins of ${p.issuer} saved.`);
      const again = $(inputId);
      if (again) again.focus();
    }, form);
  });
  return form;
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

const AUDIT_ACTIONS = ['PLATFORM_ADDED', 'PLATFORM_REMOVED', 'PLATFORM_CHANGED', 'DEPLOYMENT_ADDED',
  'DEPLOYMENT_REMOVED', 'REGISTRATION_APPROVED', 'REGISTRATION_LINK_CREATED', 'REGISTRATION_LINK_REVOKED', 'SERVICE_ORIGINS_CHANGED', 'KEY_ROTATED', 'DECK_UPLOADED',
  'DECK_PUBLISHED', 'DECK_DRAFT_PUBLISHED', 'DECK_RETIRED', 'ACTIVITY_SETTINGS_CHANGED', 'EXPLAIN_POINTS_AWARDED',
  'GRADE_RESENT', 'USER_DATA_EXPORTED', 'USER_DATA_ERASED'];

// The audit log (GET /api/admin/audit), filtered by the form's fields, as a table.
async function loadAudit() {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData($('audit-filter'))) if (value) query.set(name, value);
  const { events } = await api('GET', `/api/admin/audit?${query}`);
  const box = $('audit');
  if (events.length === 0) {
    box.replaceChildren(el('p', 'No event matches.'));
    return;
  }
  const table = el('table', undefined, { class: 'audit' });
  const head = el('tr');
  for (const title of ['When', 'Who', 'Action', 'What', 'About user', 'Detail', 'From']) head.append(el('th', title, { scope: 'col' }));
  table.append(el('caption', `${events.length} most recent events`), el('thead'), el('tbody'));
  table.tHead.append(head);
  for (const e of events) {
    const who = e.actorKind === 'admin' ? e.actor
      : e.actorKind === 'registration' ? `dynamic registration from ${e.actor}` : `${e.actor} (platform ${e.platformId})`;
    const from = e.forwardedFor ? `${e.address}, forwarded for ${e.forwardedFor}` : e.address;
    const row = el('tr');
    for (const cell of [when(e.at), who, e.action.toLowerCase().replaceAll('_', ' '), e.target, e.subjectUser || '',
      e.detail || '', from || '']) row.append(el('td', cell));
    table.tBodies[0].append(row);
  }
  box.replaceChildren(table);
}

// A privacy request for one LMS user: what Recall holds, a JSON export, and the erasure (GET and POST
// /api/admin/privacy/users...). Scores still waiting for the gradebook are cancelled only when the admin ticks so.
async function lookUpUser(platform, sub) {
  const query = new URLSearchParams({ platform, sub });
  const found = await api('GET', `/api/admin/privacy/users?${query}`);
  const box = $('privacy-result');
  const rows = Object.entries(found.rows).filter(([, n]) => n > 0);
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const item = el('article', undefined, { class: 'item' });
  item.append(el('h3', `User ${found.sub} of ${found.issuer}`));
  item.append(total === 0 ? el('p', 'Recall holds nothing about this user.')
    : details(rows.map(([table, n]) => [table.replaceAll('_', ' '), `${n} ${n === 1 ? 'row' : 'rows'}`])));
  if (total > 0) {
    const download = el('button', 'Download the export (JSON)', { type: 'button', class: 'secondary' });
    download.addEventListener('click', () => act(async () => {
      const data = await api('GET', `/api/admin/privacy/users/export?${query}`);
      const link = el('a', undefined, { href: URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })),
        download: `recall-user-${found.platformId}-${found.sub}.json` });
      link.click();
      URL.revokeObjectURL(link.href);
      say(`Export of ${found.sub} downloaded.`);
    }));
    const erase = el('form', undefined, { class: 'inline', 'aria-label': `Erase user ${found.sub}` });
    let cancel = null;
    if (found.pendingScores > 0) {
      erase.append(el('p', `${found.pendingScores} ${found.pendingScores === 1 ? 'score is' : 'scores are'} still waiting to be sent `
        + 'to the gradebook. Wait until they are delivered, or cancel them to erase now: the gradebook keeps only what it already received.'));
      cancel = el('input', undefined, { type: 'checkbox', id: 'privacy-cancel', name: 'cancelPendingScores' });
      const label = el('label', 'Cancel the waiting scores', { for: 'privacy-cancel', class: 'check' });
      label.prepend(cancel);
      erase.append(label);
    }
    erase.append(el('button', 'Erase everything about this user', { type: 'submit' }));
    erase.addEventListener('submit', (event) => {
      event.preventDefault();
      act(async () => {
        if (!window.confirm(`Erase everything Recall holds about ${found.sub}? This cannot be undone.`)) return;
        const done = await api('POST', '/api/admin/privacy/users/erase', JSON.stringify({
          platform: found.platformId, sub: found.sub, cancelPendingScores: Boolean(cancel && cancel.checked) }));
        const erased = Object.values(done.erased).reduce((sum, n) => sum + n, 0);
        await lookUpUser(platform, sub);
        say(`Erased: ${erased} rows about ${found.sub}.`);
      }, erase);
    });
    item.append(download, erase);
  }
  box.replaceChildren(item);
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
  await Promise.all([loadPlatforms(), loadLinks(), loadKeys(), loadDecks(), loadAudit()]);
}

for (const action of AUDIT_ACTIONS) $('audit-action').append(el('option', action.toLowerCase().replaceAll('_', ' '), { value: action }));

$('privacy').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  act(async () => {
    await lookUpUser(String(form.get('platform')).trim(), String(form.get('sub')).trim());
    say('User looked up.');
  }, event.target);
});

$('audit-filter').addEventListener('submit', (event) => {
  event.preventDefault();
  act(async () => {
    await loadAudit();
    say('Audit log updated.');
  }, event.target);
});

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
  // JSON carries its id and title; every other format (CSV, Moodle XML, GIFT, Anki, Quizlet) takes them as
  // parameters, and the server tells the format from the type and the file's first bytes.
  const json = /\.json$/i.test(file.name) || file.type === 'application/json';
  const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
  const xml = /\.xml$/i.test(file.name) || /xml/.test(file.type);
  const query = new URLSearchParams();
  if (!json) {
    for (const name of ['id', 'title', 'minutes']) {
      const value = new FormData(event.target).get(name);
      if (value) query.set(name, value);
    }
  }
  const errors = $('upload-errors');
  errors.replaceChildren();
  act(async () => {
    try {
      const stored = await api('POST', `/api/admin/decks${json ? '' : `?${query}`}`, file,
        json ? 'application/json' : csv ? 'text/csv' : xml ? 'application/xml' : 'text/plain');
      event.target.reset();
      await loadDecks();
      const skipped = (stored.skipped || []).map((s) => `${s.name} (${s.type})`);
      say(`Deck ${stored.id} stored as version ${stored.version}.`
        + (skipped.length ? ` Skipped, as Recall cannot serve their type: ${skipped.join(', ')}.` : ''));
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
