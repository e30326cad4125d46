// Saves the draft on the server as the teacher types: a save starts 800 ms after the last change, one at
// a time, each naming the revision it was made on (PUT /api/instructor/drafts/{id}). When the page is
// hidden or closed, what is not saved yet goes at once with keepalive, so that a closed tab loses
// nothing; until the server has it, the document also waits in localStorage (backup.js) for the next
// visit. A failed save is retried with a growing delay; a stale revision stops saving and says why.
import { sessionToken } from '../session-token.js';
import { forget, remember } from './backup.js';

const DELAY_MS = 800;
/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_LIMIT = 60 * 1024;

export function autosave({ draftId, revision, snapshot, onSaved, onState }) {
  let current = revision;
  let dirty = false;
  let timer = null;
  let inFlight = null;
  let retryDelay = 2000;
  let stopped = false;

  function request(body, keepalive) {
    return fetch(`/api/instructor/drafts/${draftId}`, {
      method: 'PUT', keepalive,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${sessionToken()}` },
      body,
    });
  }

  async function save(leaving = false) {
    clearTimeout(timer);
    timer = null;
    if (stopped || inFlight || !dirty) return;
    dirty = false;
    const sent = JSON.stringify({ revision: current, document: snapshot() });
    onState('saving');
    inFlight = request(sent, leaving && sent.length <= KEEPALIVE_LIMIT).then(async (response) => {
      const body = await response.json().catch(() => null);
      if (response.ok) {
        current = body.revision;
        retryDelay = 2000;
        if (!dirty) forget(draftId);
        onSaved(body);
        onState(dirty ? 'pending' : 'saved', body);
      } else if (response.status === 409 || response.status === 404 || response.status === 401 || response.status === 403) {
        stopped = true;
        onState(response.status === 401 ? 'expired' : 'conflict', body);
      } else {
        dirty = true;
        onState('failed', body);
        timer = setTimeout(() => save(), retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30000);
      }
    }, () => {
      dirty = true;
      onState('failed', null);
      timer = setTimeout(() => save(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30000);
    }).finally(() => {
      inFlight = null;
      if (dirty && !timer && !stopped) timer = setTimeout(() => save(), DELAY_MS);
    });
    await inFlight;
  }

  // A keepalive request outlives the page; if the page stays (a hidden tab), its answer is handled as usual.
  function flushOnLeave() {
    save(true);
  }

  window.addEventListener('pagehide', flushOnLeave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushOnLeave();
  });
  window.addEventListener('beforeunload', (event) => {
    if ((dirty || inFlight) && !stopped) event.preventDefault();
  });

  return {
    /** The model changed: save soon, and keep a local copy until the server has it. */
    changed() {
      if (stopped) return;
      dirty = true;
      remember(draftId, current, snapshot());
      onState('pending');
      clearTimeout(timer);
      timer = setTimeout(() => save(), DELAY_MS);
    },
    /** Saves now; true once the server has everything, false when it could not be saved. */
    async flush() {
      for (let tries = 0; tries < 4 && !stopped && (dirty || inFlight); tries += 1) {
        if (inFlight) await inFlight; else await save();
      }
      return !stopped && !dirty && !inFlight;
    },
    revision: () => current,
    stop() { stopped = true; clearTimeout(timer); },
  };
}
