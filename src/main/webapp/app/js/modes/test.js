// Mode 9, Practice test: a generated test of a chosen length mixing the deck's questions of every type
// with cards whose back the student types, with an optional time limit. Graded by the runtime (on the
// server for LTI sessions); it goes to the gradebook only when the teacher made it the graded mode.
// Question items use the quiz's inputs and results (question-inputs.js, quiz-result.js); a card item is
// asked as a short answer. Every answer is saved as it is given, so an open test resumes.
import { el, fill } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { modePage, actions, button, announce, errorBox, deckPlainText } from '../ui.js';
import { questionFieldset, firstControl } from './question-inputs.js';
import { resultItem } from './quiz-result.js';

const LIMITS = [0, 5, 10, 15, 20, 30, 45, 60];

/** The question a test item is asked as: its own, or a card as a short answer. */
function asQuestion(item) {
  return item.kind === 'card' ? { id: `card-${item.cardId}`, type: 'short-answer', prompt: item.prompt } : item.question;
}

export async function show(context) {
  const { runtime, main } = context;
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.test.title', body);
  let overview;
  try {
    overview = await runtime.testOverview();
  } catch (error) {
    fill(body, errorBox(error));
    return;
  }
  if (!overview.maxLength) {
    fill(body, el('p', {}, t('test.none')));
    return;
  }
  const done = overview.attempts || [];
  const left = overview.attemptsAllowed ? overview.attemptsAllowed - done.length : Infinity;
  const length = el('input', { type: 'number', id: 'test-length', min: 1, max: overview.maxLength,
    value: overview.defaultLength, inputmode: 'numeric' });
  const limit = el('select', { id: 'test-limit' }, LIMITS.filter((m) => m <= overview.maxMinutes).map((minutes) =>
    el('option', { value: minutes }, minutes ? t('test.minutes', { count: minutes }) : t('test.noLimit'))));
  const problem = el('div', { class: 'feedback' });
  const form = el('form', { class: 'test-start', novalidate: true },
    overview.openAttemptId ? null : [
      el('label', { for: 'test-length' }, t('test.length', { max: overview.maxLength })), length,
      el('label', { for: 'test-limit' }, t('test.timeLimit')), limit],
    problem,
    actions(el('button', { type: 'submit', class: 'primary', 'data-action': 'start' },
      t(overview.openAttemptId ? 'test.resume' : 'test.start'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const n = Number(length.value);
    if (!overview.openAttemptId && !(Number.isInteger(n) && n >= 1 && n <= overview.maxLength)) {
      problem.replaceChildren(el('p', { class: 'notice error', role: 'alert' }, t('test.badLength', { max: overview.maxLength })));
      length.setAttribute('aria-invalid', 'true');
      length.focus();
      return;
    }
    try {
      const attempt = await runtime.startTest(n, Number(limit.value) || null);
      take(context, body, attempt);
    } catch (error) {
      problem.replaceChildren(errorBox(error));
    }
  });
  fill(body,
    el('p', { class: 'notice', 'data-graded': String(Boolean(overview.graded)) },
      t(overview.graded ? 'test.graded' : 'test.practice')),
    overview.attemptsAllowed ? el('p', {}, t('quiz.attemptsOf', { used: done.length, allowed: overview.attemptsAllowed })) : null,
    done.length ? el('section', { 'aria-labelledby': 'past-tests' }, el('h3', { id: 'past-tests' }, t('test.pastAttempts')),
      el('ul', {}, done.map((a) => el('li', {}, t('test.pastAttempt',
        { number: a.number, score: a.score, max: a.maxScore, date: formatDate(a.submittedAt) }))))) : null,
    overview.openAttemptId || left > 0 ? form : el('p', { class: 'notice' }, t('test.noAttemptsLeft')));
}

function take(context, body, attempt) {
  const { runtime, deck } = context;
  const answers = { ...(attempt.answers || {}) };
  const total = attempt.items.length;
  const count = el('p', { class: 'muted', 'aria-live': 'polite' });
  const problem = el('div', { class: 'feedback' });
  const showCount = () => { count.textContent = t('test.answered', { done: Object.keys(answers).length, total }); };
  const fieldsets = attempt.items.map((item, index) => questionFieldset(deck, asQuestion(item), index, total,
    answers[item.id], (answer) => {
      if (answer === null) delete answers[item.id];
      else answers[item.id] = answer;
      showCount();
      runtime.saveTestAnswer(attempt.attemptId, item.id, answer).catch((error) => {
        problem.replaceChildren(errorBox(error));
      });
    }));
  let submitted = false;
  const submit = async () => {
    if (submitted) return;
    submitted = true;
    form.querySelector('[data-action="submit"]').disabled = true;
    try {
      const result = await runtime.submitTest(attempt.attemptId, answers);
      showResult(context, body, attempt, result);
    } catch (error) {
      submitted = false;
      problem.replaceChildren(errorBox(error));
      form.querySelector('[data-action="submit"]').disabled = false;
    }
  };
  const form = el('form', { class: 'quiz test', novalidate: true }, fieldsets, count, problem,
    actions(el('button', { type: 'submit', class: 'primary', 'data-action': 'submit' }, t('test.submit'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  const timer = attempt.deadline ? countdown(attempt, submit) : null;
  fill(body, el('p', {}, t('test.attemptNumber', { number: attempt.number, total })), timer, form);
  showCount();
  firstControl(fieldsets[0]).focus();
}

/** The time left, shown every second and announced at one minute; at zero the test submits itself. */
function countdown(attempt, submit) {
  // The server's clock decides: the time left is measured from its "now", not the browser's.
  const end = Date.now() + (Date.parse(attempt.deadline) - Date.parse(attempt.now));
  const clock = el('p', { class: 'timer', role: 'timer', 'aria-live': 'off', 'data-deadline': attempt.deadline });
  let warned = false;
  const tick = () => {
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    clock.textContent = t('test.timeLeft', { time: `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}` });
    if (left <= 60 && !warned) {
      warned = true;
      announce(t('test.oneMinute'));
    }
    if (left === 0) {
      clearInterval(interval);
      announce(t('test.timeUp'));
      submit();
    }
  };
  const interval = setInterval(() => (clock.isConnected ? tick() : clearInterval(interval)), 1000);
  tick();
  return clock;
}

function showResult(context, body, attempt, result) {
  const { deck, runtime } = context;
  const byId = new Map(attempt.items.map((item) => [item.id, item]));
  const summary = t('quiz.score', { score: result.score, max: result.maxScore, percent: Math.round(result.percent) });
  const heading = el('h3', { tabindex: '-1', id: 'result-title' }, t('quiz.resultTitle'));
  const line = result.gradebook && result.gradebook.status !== 'none' && runtime.reportsProgress
    ? el('p', { class: `gradebook gradebook-${result.gradebook.status}`, 'data-gradebook': result.gradebook.status },
      t(`quiz.gradebook.${result.gradebook.status}`, { platform: t('quiz.yourCourse') })) : null;
  fill(body, heading,
    el('div', { class: 'notice success', role: 'status', 'data-result': 'score' },
      el('p', { class: 'score' }, summary),
      el('p', { 'data-correct': '' }, t('test.correctCount', {
        correct: (result.items || []).filter((item) => item.correct).length, total: attempt.items.length })),
      result.passed === undefined ? null : el('p', {}, t(result.passed ? 'quiz.passed' : 'quiz.notPassed'))),
    line,
    result.showAnswers === false ? el('p', { class: 'muted' }, t('quiz.answersHidden')) : null,
    el('ol', { class: 'results' }, (result.items || []).map((item) => {
      const asked = byId.get(item.id);
      if (!asked) return null;
      const question = asQuestion(asked);
      const shown = item.kind === 'card' && item.correctAnswer !== undefined
        ? { acceptedAnswers: [deckPlainText(deck, item.correctAnswer)], correctAnswer: item.correctAnswer } : {};
      return resultItem(deck, question, { ...item, ...shown, id: question.id });
    })),
    actions(button('test.back', () => show(context), { 'data-action': 'back' })));
  heading.focus();
  announce(summary);
}
