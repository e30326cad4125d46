// Time spent in each mode, reported through the runtime (reportTime) while the mode is open, the page
// visible and the student active (a key, a tap or a scroll in the last two minutes): at least every
// minute, when the student leaves the mode, and when the page is hidden or closed. The teaching view
// shows it per mode; a day with time reported counts towards the student's streak.
const REPORT_EVERY = 60 * 1000;
const IDLE_AFTER = 2 * 60 * 1000;
const MAX_REPORT = 300;

export function trackStudyTime(runtime, win = window) {
  let mode = null;
  let since = null;
  let lastActive = Date.now();
  const active = () => { lastActive = Date.now(); };
  ['pointerdown', 'keydown', 'scroll'].forEach((type) => win.document.addEventListener(type, active, { capture: true, passive: true }));

  function flush() {
    if (!mode || since === null) return;
    const now = Date.now();
    const seconds = Math.round(Math.max(0, Math.min(now, lastActive + IDLE_AFTER) - since) / 1000);
    since = now;
    if (seconds >= 1) runtime.reportTime(mode, Math.min(MAX_REPORT, seconds)).catch(() => undefined);
  }
  win.setInterval(flush, REPORT_EVERY);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.hidden) {
      flush();
      since = null;
    } else if (mode) {
      since = Date.now();
    }
  });
  win.addEventListener('pagehide', flush);

  return {
    enter(next) {
      flush();
      mode = next;
      since = Date.now();
      active();
    },
    leave() {
      flush();
      mode = null;
      since = null;
    },
  };
}
