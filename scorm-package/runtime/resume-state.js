// The SCORM runtime's resume state, written to cmi.suspend_data. SCORM 1.2 allows 4,096 characters
// (SCORM 2004: 64,000), and a deck may hold 500 cards, 200 questions and 50 explain prompts, so the
// state is kept by position in the deck, six bits to a character (URL-safe base64 digits), in a small
// JSON object:
//   v  format version (1)
//   r  the review queue: card positions, two digits each (12 bits: up to 4,096 cards)
//   o  review rounds        s  1 when the student stopped the review
//   k  cards rated "known", a bitset (one digit per six cards)
//   n  cards rated "not yet" at least once, a bitset
//   q  the open quiz attempt: "<number>:<one digit per question: 0 unanswered (or answered in a),
//      else the single-choice option position + 1, or 1 true / 2 false>"
//   a  the open attempt's other answers by question position: multiple answer a bitmask of the options
//      ticked, numeric the number as typed, matching one digit per pair (choice position + 1, 0 none),
//      short answer the text (kept only while the whole state fits the limit, like explain texts)
//   h  submitted attempts, at most the last HISTORY: [[number, correct, total, unix seconds]]
//   e  the explain prompt the student is on
//   c  ticked key concepts: one digit per explain prompt (a six-bit mask: at most six concepts)
//   t  explain texts by prompt position, kept only while the whole state fits the limit
//   w  Write's queue (card positions, two digits each); wr right at the first try; wm missed cards (bitset)
//   m  Match's board: [tiles ("f"|"b" + card position, three characters each), matched card positions,
//      elapsed ms, penalty ms, misses];  mb  Match's record: [best ms, last ms, games]
//   f  True or false: [statements (kind "c"|"q", item position, shown card or option position: five
//      characters each), index, round right, right, answered, streak, best]
//   d  the streak: [last day studied (days since 1970-01-01, the browser's calendar), days in a row]
//   p  the open Practice test: [items ("q" question or "c" card + position, three characters each), number,
//      deadline (unix seconds, 0 for none), start (unix seconds)];  pa  its answers by item position, as in
//      a (single choice: option position + 1, true/false 1|2);  y  its typed answers, dropped like t
//   ph Practice tests done, at most the last HISTORY: [[number, score, items, unix seconds]]
//   x  short-answer texts of the open attempt by question position, dropped like t when too long
// Pure functions, no DOM: the node test (resume-state.test.mjs) and the browser share them.
import { matchChoices } from './grading.js';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const HISTORY = 5;

function digit(value) {
  return DIGITS[value];
}

function value(char) {
  const v = DIGITS.indexOf(char);
  if (v < 0) throw new Error(`resume state: bad digit ${char}`);
  return v;
}

/** A set of positions below `size` as bits, six to a digit. */
export function encodeBits(positions, size) {
  const words = new Array(Math.ceil(size / 6)).fill(0);
  for (const p of positions) {
    if (p >= 0 && p < size) words[Math.floor(p / 6)] |= 1 << (p % 6);
  }
  return words.map(digit).join('').replace(/A+$/, '');
}

export function decodeBits(text, size) {
  const positions = [];
  [...(text || '')].forEach((char, i) => {
    const word = value(char);
    for (let bit = 0; bit < 6; bit += 1) {
      const p = i * 6 + bit;
      if (word & (1 << bit) && p < size) positions.push(p);
    }
  });
  return positions;
}

function encodePositions(positions) {
  return positions.map((p) => digit(p >> 6) + digit(p & 63)).join('');
}

function decodePositions(text) {
  const positions = [];
  for (let i = 0; i + 1 < (text || '').length; i += 2) positions.push(value(text[i]) * 64 + value(text[i + 1]));
  return positions;
}

/** The state the runtime keeps in memory, empty. Ids are the deck's; the encoding keeps positions. */
export function emptyState() {
  return {
    review: null, // {queue: [cardId], rounds, stopped} or null before the first save
    known: new Set(),
    notYet: new Set(),
    quiz: null, // the open attempt: {number, answers: {questionId: optionId}}
    history: [], // [{number, correct, total, submittedAt (ISO)}]
    explainIndex: 0,
    explain: {}, // promptId -> {text, concepts: [index]}
    write: null, // {queue: [cardId], right, missed: [cardId]}
    match: null, // the board: {tiles: ["f:<card>"|"b:<card>"], matched: [cardId], elapsed, penalty, misses}
    matchRecord: null, // {bestMillis, lastMillis, games}
    trueFalse: null, // {statements: [id], index, round: {right}, stats: {right, answered, streak, best}}
    streak: null, // {day: days since the epoch, days}
    test: null, // the open Practice test: {number, items: ["q:<question>"|"c:<card>"], answers: {itemId: answer}, deadline, startedAt}
    testHistory: [], // [{number, score, maxScore, submittedAt (ISO)}]
  };
}

const seconds = (iso) => (iso ? Math.floor(Date.parse(iso) / 1000) || 0 : 0);

/** The open test's answers: compact ones in `pa`, typed texts returned to be dropped first when too long. */
function encodeTest(deck, test, out) {
  const cardIndex = new Map(deck.cards.map((card, i) => [card.id, i]));
  const questions = deck.questions || [];
  const items = []; // the question of each kept item, null for a card
  const kept = [];
  let encoded = '';
  test.items.forEach((id) => {
    const q = id.startsWith('q:') ? questions.findIndex((question) => question.id === id.slice(2)) : -1;
    const c = id.startsWith('c:') && cardIndex.has(id.slice(2)) ? cardIndex.get(id.slice(2)) : -1;
    if (q < 0 && c < 0) return;
    items.push(q >= 0 ? questions[q] : null);
    kept.push(id);
    encoded += q >= 0 ? `q${pos2(q)}` : `c${pos2(c)}`;
  });
  out.p = [encoded, test.number, seconds(test.deadline), seconds(test.startedAt)];
  const compact = {};
  const typed = {};
  kept.forEach((id, i) => {
    const answer = test.answers[id];
    const question = items[i];
    if (answer === undefined || answer === null) return;
    const type = question ? question.type || 'single-choice' : 'card';
    if (type === 'single-choice') compact[i] = question.options.findIndex((o) => o.id === answer) + 1;
    else if (type === 'true-false') compact[i] = answer ? 1 : 2;
    else if (type === 'multiple-answer') {
      compact[i] = question.options.reduce((mask, o, bit) => (answer.includes(o.id) ? mask | (1 << bit) : mask), 0);
    } else if (type === 'numeric') compact[i] = String(answer);
    else if (type === 'matching') {
      const choices = matchChoices(question);
      compact[i] = question.pairs.map((p) => digit(choices.indexOf(answer[p.id]) + 1)).join('');
    } else typed[i] = String(answer);
  });
  if (Object.keys(compact).length) out.pa = compact;
  return typed;
}

function decodeTest(deck, data, state) {
  const questions = deck.questions || [];
  if (Array.isArray(data.ph)) {
    state.testHistory = data.ph.map(([number, score, maxScore, s]) => ({
      number, score, maxScore, submittedAt: new Date(s * 1000).toISOString() }));
  }
  if (!Array.isArray(data.p) || typeof data.p[0] !== 'string') return;
  const items = [];
  const asked = [];
  for (let i = 0; i + 2 < data.p[0].length; i += 3) {
    const p = unpos2(data.p[0], i + 1);
    if (data.p[0][i] === 'q' && questions[p]) {
      items.push(`q:${questions[p].id}`);
      asked.push(questions[p]);
    } else if (data.p[0][i] === 'c' && deck.cards[p]) {
      items.push(`c:${deck.cards[p].id}`);
      asked.push(null);
    }
  }
  const answers = {};
  Object.entries(data.pa || {}).forEach(([i, v]) => {
    const question = asked[Number(i)];
    if (!question) return;
    const type = question.type || 'single-choice';
    if (type === 'single-choice' && question.options[v - 1]) answers[items[i]] = question.options[v - 1].id;
    else if (type === 'true-false') answers[items[i]] = v === 1;
    else if (type === 'multiple-answer') answers[items[i]] = question.options.filter((o, bit) => v & (1 << bit)).map((o) => o.id);
    else if (type === 'numeric') answers[items[i]] = String(v);
    else if (type === 'matching') {
      const choices = matchChoices(question);
      const picks = {};
      question.pairs.forEach((pair, k) => {
        const n = value(String(v)[k] || 'A') - 1;
        if (n >= 0 && choices[n] !== undefined) picks[pair.id] = choices[n];
      });
      answers[items[i]] = picks;
    }
  });
  Object.entries(data.y || {}).forEach(([i, text]) => {
    if (items[Number(i)]) answers[items[Number(i)]] = String(text);
  });
  const [, number, deadline, started] = data.p;
  state.test = { number: Number(number) || 1, items, answers,
    deadline: deadline ? new Date(deadline * 1000).toISOString() : null,
    startedAt: new Date((Number(started) || 0) * 1000).toISOString() };
}

const pos2 = (p) => digit(p >> 6) + digit(p & 63);
const unpos2 = (text, i) => value(text[i]) * 64 + value(text[i + 1]);

function encodeModes(deck, state, out) {
  const cardIndex = new Map(deck.cards.map((card, i) => [card.id, i]));
  const questions = deck.questions || [];
  if (state.write) {
    out.w = encodePositions(state.write.queue.filter((id) => cardIndex.has(id)).map((id) => cardIndex.get(id)));
    if (state.write.right) out.wr = state.write.right;
    const missed = encodeBits(state.write.missed.map((id) => cardIndex.get(id)), deck.cards.length);
    if (missed) out.wm = missed;
  }
  if (state.match && Array.isArray(state.match.tiles)) {
    const tiles = state.match.tiles.filter((tile) => cardIndex.has(tile.slice(2)))
      .map((tile) => tile[0] + pos2(cardIndex.get(tile.slice(2)))).join('');
    out.m = [tiles, encodePositions(state.match.matched.filter((id) => cardIndex.has(id)).map((id) => cardIndex.get(id))),
      Math.round(state.match.elapsed || 0), Math.round(state.match.penalty || 0), state.match.misses || 0];
  }
  if (state.matchRecord) out.mb = [state.matchRecord.bestMillis, state.matchRecord.lastMillis, state.matchRecord.games];
  if (state.trueFalse) {
    const tf = state.trueFalse;
    const statements = tf.statements.map((id) => {
      const [kind, item, shown] = id.split(':');
      if (kind === 'c') return cardIndex.has(item) && cardIndex.has(shown) ? `c${pos2(cardIndex.get(item))}${pos2(cardIndex.get(shown))}` : '';
      const q = questions.findIndex((question) => question.id === item);
      const o = q < 0 ? -1 : questions[q].options.findIndex((option) => option.id === shown);
      return o < 0 ? '' : `q${pos2(q)}${pos2(o)}`;
    }).join('');
    out.f = [statements, tf.index, tf.round.right, tf.stats.right, tf.stats.answered, tf.stats.streak, tf.stats.best];
  }
  if (state.streak) out.d = [state.streak.day, state.streak.days];
  if (state.testHistory.length) {
    out.ph = state.testHistory.slice(-HISTORY).map((a) => [a.number, a.score, a.maxScore, seconds(a.submittedAt)]);
  }
  return state.test ? encodeTest(deck, state.test, out) : {};
}

function decodeModes(deck, data, state) {
  const cards = deck.cards;
  const questions = deck.questions || [];
  if (typeof data.w === 'string') {
    state.write = {
      queue: decodePositions(data.w).filter((p) => p < cards.length).map((p) => cards[p].id),
      right: Number(data.wr) || 0,
      missed: decodeBits(data.wm, cards.length).map((p) => cards[p].id),
    };
  }
  if (Array.isArray(data.m) && typeof data.m[0] === 'string') {
    const tiles = [];
    for (let i = 0; i + 2 < data.m[0].length; i += 3) {
      const p = unpos2(data.m[0], i + 1);
      if (p < cards.length) tiles.push(`${data.m[0][i]}:${cards[p].id}`);
    }
    state.match = {
      tiles, matched: decodePositions(data.m[1]).filter((p) => p < cards.length).map((p) => cards[p].id),
      elapsed: Number(data.m[2]) || 0, penalty: Number(data.m[3]) || 0, misses: Number(data.m[4]) || 0,
    };
  }
  if (Array.isArray(data.mb)) state.matchRecord = { bestMillis: data.mb[0], lastMillis: data.mb[1], games: data.mb[2] };
  if (Array.isArray(data.f) && typeof data.f[0] === 'string') {
    const statements = [];
    for (let i = 0; i + 4 < data.f[0].length; i += 5) {
      const a = unpos2(data.f[0], i + 1);
      const b = unpos2(data.f[0], i + 3);
      if (data.f[0][i] === 'c' && cards[a] && cards[b]) statements.push(`c:${cards[a].id}:${cards[b].id}`);
      if (data.f[0][i] === 'q' && questions[a] && questions[a].options[b]) {
        statements.push(`q:${questions[a].id}:${questions[a].options[b].id}`);
      }
    }
    const [, index, roundRight, right, answered, streak, best] = data.f.map(Number);
    state.trueFalse = { statements, index, round: { right: roundRight }, stats: { right, answered, streak, best } };
  }
  if (Array.isArray(data.d)) state.streak = { day: Number(data.d[0]), days: Number(data.d[1]) };
  decodeTest(deck, data, state);
}

/**
 * Encodes `state` for `deck` in at most `limit` characters. Explain texts are dropped, longest first,
 * until it fits; throws if the rest cannot fit (it always can within SCORM 1.2's 4,096 characters for a
 * deck of the format's limits but explain texts).
 */
export function encodeState(deck, state, limit) {
  const cardIndex = new Map(deck.cards.map((card, i) => [card.id, i]));
  const questions = deck.questions || [];
  const prompts = deck.explainPrompts || [];
  const out = { v: 1 };
  if (state.review) {
    out.r = encodePositions(state.review.queue.filter((id) => cardIndex.has(id)).map((id) => cardIndex.get(id)));
    if (state.review.rounds) out.o = state.review.rounds;
    if (state.review.stopped) out.s = 1;
  }
  const known = encodeBits([...state.known].map((id) => cardIndex.get(id)), deck.cards.length);
  if (known) out.k = known;
  const notYet = encodeBits([...state.notYet].map((id) => cardIndex.get(id)), deck.cards.length);
  if (notYet) out.n = notYet;
  const typed = {};
  if (state.quiz) {
    const other = {};
    out.q = `${state.quiz.number}:${questions.map((question, i) => {
      const answer = state.quiz.answers[question.id];
      const type = question.type || 'single-choice';
      if (answer === undefined || answer === null) return digit(0);
      if (type === 'single-choice') return digit(question.options.findIndex((o) => o.id === answer) + 1);
      if (type === 'true-false') return digit(answer ? 1 : 2);
      if (type === 'multiple-answer') {
        other[i] = question.options.reduce((mask, o, bit) => (answer.includes(o.id) ? mask | (1 << bit) : mask), 0);
      } else if (type === 'numeric') {
        other[i] = String(answer);
      } else if (type === 'matching') {
        const choices = matchChoices(question);
        other[i] = question.pairs.map((p) => digit(choices.indexOf(answer[p.id]) + 1)).join('');
      } else {
        typed[i] = String(answer);
      }
      return digit(0);
    }).join('').replace(/A+$/, '')}`;
    if (Object.keys(other).length) out.a = other;
  }
  if (state.history.length) {
    out.h = state.history.slice(-HISTORY).map((a) => [a.number, a.correct, a.total,
      Math.floor(Date.parse(a.submittedAt) / 1000) || 0]);
  }
  if (state.explainIndex) out.e = state.explainIndex;
  const concepts = prompts.map((prompt) => {
    const saved = state.explain[prompt.id];
    return digit(saved ? encodeMask(saved.concepts) : 0);
  }).join('').replace(/A+$/, '');
  if (concepts) out.c = concepts;
  const testTyped = encodeModes(deck, state, out);
  const texts = {};
  prompts.forEach((prompt, i) => {
    const saved = state.explain[prompt.id];
    if (saved && saved.text) texts[i] = saved.text;
  });
  // Longest texts (explanations and short answers alike) go first when the state is too long.
  const order = [...Object.keys(texts).map((i) => ['t', i, texts[i]]), ...Object.keys(typed).map((i) => ['x', i, typed[i]]),
    ...Object.keys(testTyped).map((i) => ['y', i, testTyped[i]])]
    .sort((a, b) => a[2].length - b[2].length);
  for (;;) {
    ['t', 'x', 'y'].forEach((key) => {
      const kept = order.filter((entry) => entry[0] === key);
      if (kept.length) out[key] = Object.fromEntries(kept.map(([, i, text]) => [i, text]));
      else delete out[key];
    });
    const text = JSON.stringify(out);
    if (text.length <= limit) return text;
    if (!order.length) throw new Error(`resume state: ${text.length} characters, more than ${limit}`);
    order.pop();
  }
}

function encodeMask(indexes) {
  return (indexes || []).reduce((mask, i) => (i >= 0 && i < 6 ? mask | (1 << i) : mask), 0);
}

/** The state encoded by encodeState, or an empty one when `text` is empty or unreadable. */
export function decodeState(deck, text) {
  const state = emptyState();
  if (!text) return state;
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return state;
  }
  if (!data || data.v !== 1) return state;
  try {
    const cards = deck.cards;
    const questions = deck.questions || [];
    const prompts = deck.explainPrompts || [];
    if (typeof data.r === 'string') {
      state.review = {
        queue: decodePositions(data.r).filter((p) => p < cards.length).map((p) => cards[p].id),
        rounds: Number(data.o) || 0,
      };
      if (data.s) state.review.stopped = true;
    }
    decodeBits(data.k, cards.length).forEach((p) => state.known.add(cards[p].id));
    decodeBits(data.n, cards.length).forEach((p) => state.notYet.add(cards[p].id));
    if (typeof data.q === 'string') {
      const [number, digits] = data.q.split(':');
      const answers = {};
      [...(digits || '')].forEach((char, i) => {
        const question = questions[i];
        const n = value(char);
        if (!question || !n) return;
        if ((question.type || 'single-choice') === 'true-false') answers[question.id] = n === 1;
        else if (question.options && question.options[n - 1]) answers[question.id] = question.options[n - 1].id;
      });
      Object.entries(data.a || {}).forEach(([i, saved]) => {
        const question = questions[Number(i)];
        if (!question) return;
        if (question.type === 'multiple-answer') {
          answers[question.id] = question.options.filter((o, bit) => Number(saved) & (1 << bit)).map((o) => o.id);
        } else if (question.type === 'matching') {
          const choices = matchChoices(question);
          const picks = {};
          question.pairs.forEach((p, k) => {
            const choice = choices[value(String(saved)[k] || 'A') - 1];
            if (choice !== undefined) picks[p.id] = choice;
          });
          answers[question.id] = picks;
        } else {
          answers[question.id] = String(saved);
        }
      });
      Object.entries(data.x || {}).forEach(([i, text]) => {
        if (questions[Number(i)]) answers[questions[Number(i)].id] = String(text);
      });
      state.quiz = { number: Number(number) || 1, answers };
    }
    if (Array.isArray(data.h)) {
      state.history = data.h.map(([number, correct, total, seconds]) => ({
        number, correct, total, submittedAt: new Date(seconds * 1000).toISOString(),
      }));
    }
    state.explainIndex = Number.isInteger(data.e) && data.e < prompts.length ? data.e : 0;
    [...(data.c || '')].forEach((char, i) => {
      const mask = value(char);
      if (mask && prompts[i]) {
        state.explain[prompts[i].id] = { text: '', concepts: [0, 1, 2, 3, 4, 5].filter((b) => mask & (1 << b)) };
      }
    });
    Object.entries(data.t || {}).forEach(([i, text]) => {
      const prompt = prompts[Number(i)];
      if (prompt) state.explain[prompt.id] = { concepts: [], ...state.explain[prompt.id], text: String(text) };
    });
    decodeModes(deck, data, state);
  } catch (e) {
    return emptyState();
  }
  return state;
}
