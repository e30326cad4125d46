// LTI Client Side postMessages, Platform Storage (lti-pm-s v0.1): keeps the login state in the
// platform's own frame when the browser drops the tool's cookies inside the LMS iframe.
// At login (data-mode="put") it stores the state then goes on to the platform; at launch
// (data-mode="get") it reads the state back and posts the launch again with it.
const WAIT_MS = 3000;
const box = document.getElementById('lti-storage');
const { mode, target, origin, key, value, next } = box.dataset;

function storageFrame() {
  const host = window.opener || window.parent;
  if (!target || target === '_parent') return host;
  try {
    return host.frames[target] || host;
  } catch (e) {
    return host;
  }
}

function ask(message) {
  return new Promise((resolve, reject) => {
    const id = crypto.randomUUID();
    const timer = setTimeout(() => done(() => reject(new Error('no answer from the platform'))), WAIT_MS);
    function listen(event) {
      // Only the platform's own origin may answer, and only to this message (lti-cs-pm §3).
      if (event.origin !== origin || !event.data || event.data.message_id !== id) return;
      done(() => (event.data.error ? reject(new Error(event.data.error.code)) : resolve(event.data)));
    }
    function done(settle) {
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      settle();
    }
    window.addEventListener('message', listen);
    storageFrame().postMessage({ ...message, message_id: id }, origin);
  });
}

if (mode === 'put') {
  ask({ subject: 'lti.put_data', key, value })
    .catch(() => undefined)
    .finally(() => window.location.assign(next));
} else {
  const form = document.getElementById('lti-repost');
  ask({ subject: 'lti.get_data', key })
    .then((answer) => { form.elements.platform_storage_state.value = answer.value || ''; })
    .catch(() => undefined)
    .finally(() => form.submit());
}
