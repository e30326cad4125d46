// The SCORM runtime of the study UI (the interface of runtime.js): the deck travels in the package
// (deck.js, with its answer key, so the quiz is scored here), and progress goes to the LMS through the
// SCORM 1.2 `API` or SCORM 2004 `API_1484_11` object. Without one (the package opened from a plain web
// server) everything works and notice() says that progress is not being recorded.
//
// What reaches the LMS:
// - cmi.suspend_data: the resume state (resume-state.js), committed after each rated card, each
//   answered question, each saved explanation and each resume point (Match, Write and True or false
//   included, with Match's best time and the streak of days studied);
// - the score of the last submitted quiz attempt: raw = percent of the credit earned (0-100, the scale
//   of 1.2's adlcp:masteryscore; partial credit counts), min 0, max 100, and in 2004 scaled = raw / 100;
// - one interaction per question of that attempt (interactions.js): its type (choice, true-false,
//   fill-in, numeric, matching), the student's response, the correct response patterns, the result;
// - status: 1.2 cmi.core.lesson_status passed/failed against the mastery score (the LMS's
//   cmi.student_data.mastery_score, else the package's pass mark), or completed/incomplete for a
//   deck without questions; 2004 cmi.completion_status and cmi.success_status (pass mark: the LMS's
//   cmi.scaled_passing_score, else the package's);
// - session time (1.2 cmi.core.session_time HHHH:MM:SS.SS, 2004 cmi.session_time ISO 8601 duration)
//   and exit ("suspend" until the activity is complete).
// The runtime finishes (LMSFinish / Terminate) on completion (quiz submitted; for a deck without
// questions, every card known) and when the page is unloaded; after that it keeps working in the page
// but records nothing more, and says so.
import { RuntimeError, checkRuntime } from './runtime.js';
import { decodeState, encodeState } from './resume-state.js';
import { dealRound, checkTruth } from './true-false.js';
import { drawPaper, maxLength } from './practice-test.js';
import { compare } from '../modes/answer-compare.js';
import { htmlText } from '../html-text.js';
import { credit, keyOf, publicQuestion } from './grading.js';
import { interaction } from './interactions.js';

// SCORM 1.2 RTE 3.3.6.1 / SCORM 2004 RTE 3.1.6.2 (ADL's API discovery algorithm): the API object
// sits on the window of the LMS, a parent frame of the SCO, or the opener of the SCO's window.
const MAX_DEPTH = 500;

function scan(start, name) {
  let win = start;
  for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
    try {
      if (win[name]) return win[name];
    } catch (e) {
      // a frame of another origin: no API there
    }
    if (!win.parent || win.parent === win) break;
    win = win.parent;
  }
  return null;
}

/** The LMS's API object named `name`, from this window's parents, then its opener's. */
export function findApi(name, win = window) {
  let api = scan(win, name);
  if (!api && win.opener) api = scan(win.opener, name);
  if (!api && win.top && win.top.opener) {
    try {
      api = scan(win.top.opener, name);
    } catch (e) {
      api = null;
    }
  }
  return api;
}

/** The calls and data model names of each edition, behind one shape. */
const EDITIONS = {
  '1.2': {
    apiName: 'API',
    initialize: (api) => api.LMSInitialize(''),
    get: (api, name) => api.LMSGetValue(name),
    set: (api, name, value) => api.LMSSetValue(name, value),
    commit: (api) => api.LMSCommit(''),
    finish: (api) => api.LMSFinish(''),
    learnerName: 'cmi.core.student_name',
    language: 'cmi.student_preference.language',
    score: 'cmi.core.score',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    normalExit: '',
    duration: timespan12,
  },
  2004: {
    apiName: 'API_1484_11',
    initialize: (api) => api.Initialize(''),
    get: (api, name) => api.GetValue(name),
    set: (api, name, value) => api.SetValue(name, value),
    commit: (api) => api.Commit(''),
    finish: (api) => api.Terminate(''),
    learnerName: 'cmi.learner_name',
    language: 'cmi.learner_preference.language',
    score: 'cmi.score',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    normalExit: 'normal',
    duration: duration2004,
  },
};

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS */
export function timespan12(millis) {
  const centis = Math.floor(millis / 10);
  const hours = Math.min(9999, Math.floor(centis / 360000));
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = (centis % 6000) / 100;
  const pad = (n, width) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(Math.floor(seconds), 2)}.${pad(Math.round((seconds % 1) * 100), 2)}`;
}

/** SCORM 2004 timeinterval (second, 10, 2): an ISO 8601 duration such as PT1H2M3.45S */
export function duration2004(millis) {
  const centis = Math.floor(millis / 10);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${seconds.toFixed(2)}S`;
}

const MODES = ['review', 'quiz', 'explain', 'sheet', 'match', 'write', 'truefalse', 'test'];
// Spaced review needs dates kept on a server; the menu says it is not in the package.
const SERVER_MODES = ['spaced'];
const DAY = 86400000;

/** Today in the browser's calendar, as days since 1970-01-01. */
function localDay(now = new Date()) {
  return Math.floor((now.getTime() - now.getTimezoneOffset() * 60000) / DAY);
}


/**
 * @param pkg the package's deck.js: {scormVersion: "1.2"|"2004", suspendDataLimit, passPercent?, deck}
 */
export function createScormRuntime(pkg, win = window) {
  const deck = pkg.deck;
  const edition = EDITIONS[pkg.scormVersion];
  if (!edition) throw new Error(`unknown SCORM version ${pkg.scormVersion}`);
  const questions = deck.questions || [];
  const graded = questions.length > 0;
  const started = Date.now();
  let api = findApi(edition.apiName, win);
  let finished = false;
  let problem = null; // an i18n key once the LMS refused something

  if (api && String(edition.initialize(api)) !== 'true') api = null;
  const lms = (name) => (api ? String(edition.get(api, name) || '') : '');
  const state = decodeState(deck, lms('cmi.suspend_data'));
  const passPercent = lmsPassPercent();
  if (api) markStarted();

  function lmsPassPercent() {
    if (pkg.scormVersion === '1.2') {
      const mastery = parseFloat(lms('cmi.student_data.mastery_score'));
      if (Number.isFinite(mastery)) return mastery;
    } else {
      const scaled = parseFloat(lms('cmi.scaled_passing_score'));
      if (Number.isFinite(scaled)) return scaled * 100;
    }
    return graded ? pkg.passPercent ?? 0 : null;
  }

  function set(name, value) {
    if (!api || finished) return;
    if (String(edition.set(api, name, String(value))) !== 'true') problem = 'scorm.notAccepted';
  }

  function markStarted() {
    if (pkg.scormVersion === '1.2') {
      if (['', 'not attempted'].includes(lms('cmi.core.lesson_status'))) set('cmi.core.lesson_status', 'incomplete');
    } else if (['', 'unknown', 'not attempted'].includes(lms('cmi.completion_status'))) {
      set('cmi.completion_status', 'incomplete');
    }
    set(edition.exit, 'suspend');
    commit();
  }

  function complete() {
    return graded ? state.history.length > 0 : deck.cards.every((card) => state.known.has(card.id));
  }

  /** Writes the resume state and the session time, then commits (Moodle's player saves on commit). */
  function commit() {
    if (!api || finished) return;
    set('cmi.suspend_data', encodeState(deck, state, pkg.suspendDataLimit || 4096));
    set(edition.sessionTime, edition.duration(Date.now() - started));
    if (String(edition.commit(api)) !== 'true') problem = 'scorm.notAccepted';
  }

  function finish() {
    if (!api || finished) return;
    set(edition.exit, complete() ? edition.normalExit : 'suspend');
    commit();
    edition.finish(api);
    finished = true;
  }

  function recordCompletion() {
    if (!graded && complete()) {
      set(pkg.scormVersion === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'completed');
      finish();
    }
  }

  /** Appends this attempt's interactions after those of earlier sessions (cmi.interactions._count). */
  function recordInteractions(results) {
    const first = Number(lms('cmi.interactions._count')) || 0;
    results.forEach((result, i) => {
      const question = questions[i];
      interaction(first + i, question, result.answer, result.credit, pkg.scormVersion)
        .forEach(([name, value]) => set(name, value));
    });
  }

  function recordScore(percent) {
    const raw = Math.round(percent * 100) / 100;
    const passed = percent >= passPercent;
    set(`${edition.score}.min`, 0);
    set(`${edition.score}.max`, 100);
    set(`${edition.score}.raw`, raw);
    if (pkg.scormVersion === '1.2') {
      set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
    } else {
      set('cmi.score.scaled', Math.round(percent * 100) / 10000);
      set('cmi.completion_status', 'completed');
      set('cmi.success_status', passed ? 'passed' : 'failed');
    }
    return passed;
  }

  // The page going away (closing, reloading, the LMS moving on) ends the session.
  ['pagehide', 'beforeunload'].forEach((event) => win.addEventListener(event, finish));

  const ok = (value) => Promise.resolve(value);
  const shuffled = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  // Matching choices are shuffled each time the attempt is shown, as the server does.
  const publicQuestions = () => questions.map(publicQuestion)
    .map((q) => (q.type === 'matching' ? { ...q, choices: shuffled(q.choices) } : q));
  const attemptId = (number) => `attempt-${number}`;
  const lastNumber = () => Math.max(0, ...state.history.map((a) => a.number), state.quiz ? state.quiz.number : 0);
  const attempts = () => state.history.map((a) => ({
    id: attemptId(a.number), number: a.number, score: a.correct, maxScore: a.total, submittedAt: a.submittedAt,
  }));
  const openAttempt = () => ({
    attemptId: attemptId(state.quiz.number), number: state.quiz.number, questions: publicQuestions(),
    answers: { ...state.quiz.answers }, attemptsUsed: state.history.length, attemptsAllowed: 0,
  });
  const reviewState = () => ({ known: [...state.known], notYet: [...state.notYet], ratings: {} });
  const notOffered = () => Promise.reject(new RuntimeError('scorm.notOffered', null, 0));
  const copy = (value) => JSON.parse(JSON.stringify(value));
  function openTest() {
    const test = state.test;
    return {
      attemptId: `test-${test.number}`, number: test.number, status: 'open', answers: { ...test.answers },
      deadline: test.deadline, now: new Date().toISOString(), attemptsUsed: state.testHistory.length, attemptsAllowed: null,
      items: test.items.map((itemId) => {
        if (itemId.startsWith('q:')) {
          return { id: itemId, kind: 'question', question: publicQuestion(questions.find((q) => q.id === itemId.slice(2))) };
        }
        const card = deck.cards.find((c) => c.id === itemId.slice(2));
        return { id: itemId, kind: 'card', cardId: card.id, prompt: card.prompt, level: card.level };
      }),
    };
  }
  function progressOf(mode) {
    if (mode === 'review' && state.review) return { ...state.review, queue: [...state.review.queue] };
    if (mode === 'explain') return { index: state.explainIndex };
    if (mode === 'write' && state.write) return copy(state.write);
    if (mode === 'match' && state.match) return copy(state.match);
    if (mode === 'truefalse' && state.trueFalse) return copy(state.trueFalse);
    return {};
  }

  return checkRuntime({
    reportsProgress: Boolean(api),
    unavailable: () => SERVER_MODES,
    notice: () => {
      if (!api) return 'scorm.notRecorded';
      if (finished) return 'scorm.finished';
      return problem;
    },
    session: () => ok({
      user: { name: lms(edition.learnerName), instructor: false },
      locale: lms(edition.language) || win.navigator.language,
      course: null,
      activity: {
        id: deck.id, title: deck.title, deck: deck.id,
        modes: MODES.filter((mode) => (mode === 'quiz' ? graded
          : mode === 'explain' ? (deck.explainPrompts || []).length > 0
            : mode === 'truefalse' ? deck.cards.length + questions.length > 0
              : mode === 'match' ? deck.cards.length > 1 : mode === 'test' ? maxLength(deck) > 0
              : deck.cards.length > 0)),
        graded, points: 100, attemptsAllowed: 0, attemptsUsed: state.history.length, showAnswers: 'ALWAYS',
      },
    }),
    deck: () => ok({ ...deck, questions: questions.map(publicQuestion) }),
    getProgress: (mode) => ok(progressOf(mode)),
    putProgress: (mode, progress) => {
      if (mode === 'review') {
        state.review = { queue: [...(progress.queue || [])], rounds: progress.rounds || 0 };
        if (progress.stopped) state.review.stopped = true;
      } else if (mode === 'explain') {
        state.explainIndex = Number(progress.index) || 0;
      } else if (mode === 'write') {
        state.write = { queue: [...(progress.queue || [])], right: progress.right || 0, missed: [...(progress.missed || [])] };
      } else if (mode === 'match') {
        state.match = Array.isArray(progress.tiles) ? JSON.parse(JSON.stringify(progress)) : null;
      } else if (mode === 'truefalse') {
        state.trueFalse = Array.isArray(progress.statements) ? JSON.parse(JSON.stringify(progress)) : null;
      }
      commit();
      return ok({});
    },
    reviewState: () => ok(reviewState()),
    rateReview: (cardId, rating) => {
      if (rating === 'known') state.known.add(cardId);
      else state.notYet.add(cardId);
      commit();
      recordCompletion();
      return ok(reviewState());
    },
    spacedState: notOffered,
    rateSpaced: notOffered,
    quizOverview: () => ok({
      attempts: attempts(), attemptsAllowed: 0,
      openAttemptId: state.quiz ? attemptId(state.quiz.number) : null,
      gradebook: { status: 'none' },
    }),
    startQuiz: () => {
      if (!state.quiz) {
        state.quiz = { number: lastNumber() + 1, answers: {} };
        commit();
      }
      return ok(openAttempt());
    },
    quizAttempt: () => (state.quiz ? ok(openAttempt()) : Promise.reject(new RuntimeError('error.unexpected', null, 404))),
    saveAnswer: (id, questionId, answer) => {
      if (state.quiz) {
        if (answer === null || answer === undefined) delete state.quiz.answers[questionId];
        else state.quiz.answers[questionId] = answer;
        commit();
      }
      return ok({});
    },
    submitQuiz: (id, answers) => {
      const number = state.quiz ? state.quiz.number : lastNumber() + 1;
      const results = questions.map((question) => {
        const answer = answers[question.id] ?? null;
        const earned = credit(question, answer);
        return {
          id: question.id, type: question.type || 'single-choice', answer, credit: earned, correct: earned >= 1,
          ...(question.type ? {} : { chosenOptionId: answer }), ...keyOf(question),
          ...(question.explanation ? { explanation: question.explanation } : {}),
        };
      });
      const earned = Math.round(results.reduce((sum, result) => sum + result.credit, 0) * 100) / 100;
      const percent = (100 * results.reduce((sum, result) => sum + result.credit, 0)) / questions.length;
      state.history.push({ number, correct: earned, total: questions.length, submittedAt: new Date().toISOString() });
      state.quiz = null;
      const recording = Boolean(api) && !finished;
      recordInteractions(results);
      const passed = recordScore(percent);
      finish(); // completion: the attempt is scored and the status set
      return ok({
        score: earned, maxScore: questions.length, percent, passed, showAnswers: true, questions: results,
        gradebook: { status: recording && !problem ? 'sent' : 'none' },
        attemptsUsed: state.history.length, attemptsAllowed: 0,
      });
    },
    // The Practice test is practice here: scored in the browser, kept in suspend_data, never sent to the
    // LMS (the package's score is the quiz's).
    testOverview: () => ok({
      attempts: state.testHistory.map((a) => ({ id: `test-${a.number}`, number: a.number, score: a.score,
        maxScore: a.maxScore, submittedAt: a.submittedAt })),
      openAttemptId: state.test ? `test-${state.test.number}` : null, graded: false, attemptsAllowed: null,
      maxLength: maxLength(deck), defaultLength: Math.min(10, maxLength(deck)), maxMinutes: 180,
      gradebook: { status: 'none' },
    }),
    startTest: (length, minutes) => {
      if (!state.test) {
        const now = new Date();
        state.test = { number: Math.max(0, ...state.testHistory.map((a) => a.number)) + 1,
          items: drawPaper(deck, length), answers: {}, startedAt: now.toISOString(),
          deadline: minutes ? new Date(now.getTime() + minutes * 60000).toISOString() : null };
        commit();
      }
      return ok(openTest());
    },
    saveTestAnswer: (id, itemId, answer) => {
      if (state.test && state.test.items.includes(itemId)) {
        if (answer === null) delete state.test.answers[itemId];
        else state.test.answers[itemId] = answer;
        commit();
      }
      return ok({ itemId, saved: true });
    },
    submitTest: (id, answers) => {
      const test = state.test || { number: 0, items: [], answers: {} };
      const all = { ...test.answers, ...answers };
      const items = test.items.map((itemId) => {
        const answer = all[itemId] ?? null;
        if (itemId.startsWith('q:')) {
          const question = questions.find((q) => q.id === itemId.slice(2));
          const earned = credit(question, answer);
          return { id: itemId, kind: 'question', questionId: question.id, type: question.type || 'single-choice',
            answer, credit: earned, correct: earned >= 1, ...keyOf(question),
            ...(question.explanation ? { explanation: question.explanation } : {}) };
        }
        const card = deck.cards.find((c) => c.id === itemId.slice(2));
        const back = deck.textFormat === 'html' ? htmlText(card.answer) : card.answer;
        const right = typeof answer === 'string' && compare(answer, back).result !== 'wrong';
        return { id: itemId, kind: 'card', cardId: card.id, answer, credit: right ? 1 : 0, correct: right,
          correctAnswer: card.answer };
      });
      const score = Math.round(items.reduce((sum, item) => sum + item.credit, 0) * 100) / 100;
      const percent = items.length ? (100 * score) / items.length : 0;
      state.testHistory.push({ number: test.number, score, maxScore: items.length, submittedAt: new Date().toISOString() });
      state.test = null;
      commit();
      return ok({ score, maxScore: items.length, percent, passed: percent >= (passPercent ?? 0), showAnswers: true, items,
        gradebook: { status: 'none' }, attemptsUsed: state.testHistory.length, attemptsAllowed: null });
    },
    summary: () => ok({
      dueToday: null, known: deck.cards.filter((card) => state.known.has(card.id)).length, total: deck.cards.length,
      bestMatchSeconds: state.matchRecord ? state.matchRecord.bestMillis / 1000 : null,
      streakDays: state.streak && state.streak.day >= localDay() - 1 ? state.streak.days : 0,
    }),
    reportTime: () => {
      // The LMS keeps the session time; the package keeps only the streak of days studied.
      const today = localDay();
      if (!state.streak || state.streak.day !== today) {
        state.streak = { day: today, days: state.streak && state.streak.day === today - 1 ? state.streak.days + 1 : 1 };
        commit();
      }
      return ok({});
    },
    matchRecord: () => ok(state.matchRecord || { bestMillis: null, lastMillis: null, games: 0 }),
    finishMatch: (millis) => {
      const before = state.matchRecord;
      const newBest = !before || millis < before.bestMillis;
      state.matchRecord = { bestMillis: newBest ? millis : before.bestMillis, lastMillis: millis, games: (before ? before.games : 0) + 1 };
      commit();
      return ok({ ...state.matchRecord, newBest });
    },
    rateWrite: (cardId, result) => {
      (result === 'wrong' ? state.notYet : state.known).add(cardId);
      if (result !== 'wrong') state.notYet.delete(cardId);
      commit();
      recordCompletion();
      return ok({});
    },
    // As on the server: the quiz's questions make statements only once an attempt was submitted.
    trueFalseRound: (count) => ok({ questions: state.history.length > 0,
      statements: dealRound(deck, count, state.history.length > 0) }),
    checkStatement: (id, answer) => {
      const check = checkTruth(deck, id);
      return check ? ok({ ...check, correct: check.truth === answer })
        : Promise.reject(new RuntimeError('error.unexpected', null, 400));
    },
    explainAnswers: () => ok({ answers: state.explain }),
    saveExplain: (promptId, text, concepts) => {
      state.explain[promptId] = { text, concepts };
      commit();
      return ok({});
    },
  });
}
