// A copy of the draft document kept in this browser until the server has saved it, for the one case the
// server cannot cover: the tab closed (or the connection dropped) between a keystroke and its save. Keyed
// by draft and by the revision the changes were made on: a copy made on an older revision than the
// server's is never restored over someone's newer save. localStorage may be blocked inside an LMS frame;
// then there is no copy, and the autosave alone keeps the work.
const KEY = (draftId) => `recall.draft.${draftId}`;

export function remember(draftId, revision, document) {
  try {
    localStorage.setItem(KEY(draftId), JSON.stringify({ revision, document }));
  } catch (e) {
    // blocked or full: nothing more to do
  }
}

export function forget(draftId) {
  try {
    localStorage.removeItem(KEY(draftId));
  } catch (e) {
    // blocked
  }
}

/** The unsaved document made on `revision`, when this browser holds one that differs from `saved`. */
export function recover(draftId, revision, saved) {
  try {
    const copy = JSON.parse(localStorage.getItem(KEY(draftId)) || 'null');
    if (copy && copy.revision === revision && JSON.stringify(copy.document) !== JSON.stringify(saved)) return copy.document;
    if (copy) forget(draftId);
  } catch (e) {
    // blocked or unreadable
  }
  return null;
}
