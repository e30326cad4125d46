// Mode 6, Match: up to six cards laid out as twelve tiles, fronts and backs shuffled; the student pairs
// each front with its back against the clock. A wrong pair shakes and costs a second. The best time is
// kept per student (runtime.finishMatch) and shown ("your best: 23.4 s"). Tiles are buttons (Tab, Enter,
// Space); the resume state is the board, the pairs found and the time so far.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { modePage, actions, button, announce, errorBox, deckText } from '../ui.js';

const MODE = 'match';
const PAIRS = 6;
const PENALTY = 1000;

export function shuffled(items, random = Math.random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** A new board: up to six cards, their tiles ("f:<card>" front, "b:<card>" back) in a random order. */
export function newBoard(deck, random = Math.random) {
  const cards = shuffled(deck.cards.map((card) => card.id), random).slice(0, PAIRS);
  const tiles = shuffled(cards.flatMap((id) => [`f:${id}`, `b:${id}`]), random);
  return { tiles, matched: [], elapsed: 0, penalty: 0, misses: 0 };
}

const seconds = (millis) => (millis / 1000).toFixed(1);

export async function show({ runtime, deck, main }) {
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.match.title', body);
  if (deck.cards.length < 2) {
    fill(body, el('p', {}, t('match.tooFew')));
    return;
  }
  const cards = new Map(deck.cards.map((card) => [card.id, card]));
  const [record, stored] = await Promise.all([
    runtime.matchRecord().catch(() => ({ bestMillis: null })),
    runtime.getProgress(MODE).catch(() => ({})),
  ]);
  let best = record.bestMillis;
  let board = Array.isArray(stored.tiles) && stored.tiles.every((tile) => cards.has(tile.slice(2))) ? stored : null;

  const bestLine = () => el('p', { class: 'best', 'data-best': best || '' },
    best ? t('match.best', { seconds: seconds(best) }) : t('match.noBest'));

  function intro(message) {
    fill(body, message || null, el('p', {}, t('match.intro')), bestLine(),
      actions(button(board ? 'match.resume' : 'match.start', play, { class: 'primary', 'data-action': 'start' })));
    body.querySelector('[data-action="start"]').focus();
  }

  function play() {
    if (!board) board = newBoard(deck);
    const started = Date.now() - board.elapsed; // the time on the board so far; penalties add on top
    const now = () => Date.now() - started + board.penalty;
    let first = null;
    const clock = el('p', { class: 'timer', role: 'timer', 'aria-live': 'off', 'data-timer': '' });
    const status = el('p', { class: 'muted', 'aria-live': 'polite' });
    const tick = () => { clock.textContent = t('match.time', { seconds: seconds(now()) }); };
    const timer = setInterval(() => { if (!clock.isConnected) clearInterval(timer); else tick(); }, 100);
    const save = () => {
      board.elapsed = Date.now() - started;
      return runtime.putProgress(MODE, board).catch(() => undefined);
    };
    const left = () => (board.tiles.length - board.matched.length * 2) / 2;
    const grid = el('ul', { class: 'match-grid', role: 'list', 'aria-label': t('match.tiles') },
      board.tiles.map((tile) => {
        const [side, id] = [tile[0], tile.slice(2)];
        const card = cards.get(id);
        const done = board.matched.includes(id);
        return el('li', {}, el('button', {
          type: 'button', class: `tile tile-${side === 'f' ? 'front' : 'back'}${done ? ' matched' : ''}`, 'data-tile': tile,
          'aria-pressed': 'false', disabled: done, lang: deck.language || null,
          on: { click: (event) => choose(event.currentTarget) },
        }, deckText('span', deck, side === 'f' ? card.prompt : card.answer)));
      }));
    fill(body, clock, bestLine(), status, grid,
      actions(button('match.restart', () => { board = newBoard(deck); save(); play(); }, { class: 'secondary', 'data-action': 'restart' })));
    tick();
    status.textContent = t('match.left', { count: left() });
    grid.querySelector('button:not([disabled])').focus();

    function choose(tile) {
      if (tile === first) {
        tile.setAttribute('aria-pressed', 'false');
        first = null;
        return;
      }
      if (!first) {
        first = tile;
        tile.setAttribute('aria-pressed', 'true');
        return;
      }
      const [a, b] = [first.dataset.tile, tile.dataset.tile];
      const other = first;
      first = null;
      other.setAttribute('aria-pressed', 'false');
      if (a.slice(2) === b.slice(2) && a[0] !== b[0]) {
        board.matched.push(a.slice(2));
        [other, tile].forEach((node) => { node.disabled = true; node.classList.add('matched'); });
        if (left() === 0) {
          clearInterval(timer);
          finish(now());
          return;
        }
        announce(t('match.pair', { count: left() }));
        status.textContent = t('match.left', { count: left() });
        save();
        grid.querySelector('button:not([disabled])').focus();
      } else {
        board.penalty += PENALTY;
        board.misses += 1;
        [other, tile].forEach((node) => {
          node.classList.remove('shake');
          void node.offsetWidth; // restart the animation on a second miss of the same tile
          node.classList.add('shake');
        });
        announce(t('match.miss'));
        save();
      }
    }
  }

  async function finish(millis) {
    const total = Math.max(1000, Math.round(millis));
    board = null;
    runtime.putProgress(MODE, {}).catch(() => undefined);
    let newBest = false;
    try {
      const after = await runtime.finishMatch(total);
      newBest = after.newBest;
      best = after.bestMillis;
    } catch (error) {
      fill(body, errorBox(error));
      return;
    }
    const message = t('match.done', { seconds: seconds(total) });
    fill(body, el('div', { class: 'notice success', role: 'status', 'data-result': seconds(total) },
      el('p', { class: 'score' }, message),
      newBest ? el('p', { 'data-new-best': '' }, t('match.newBest')) : null),
    bestLine(),
    actions(button('match.again', play, { class: 'primary', 'data-action': 'again' })));
    announce(`${message} ${newBest ? t('match.newBest') : ''}`);
    body.querySelector('[data-action="again"]').focus();
  }

  intro();
}
