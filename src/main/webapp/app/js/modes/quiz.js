// Mode 2, Quiz: all questions on one page (a form with one fieldset per question, its inputs by type:
// question-inputs.js), each answer saved as it is given so the attempt resumes; graded on the server
// at submit. The browser never holds a correct
// answer before that: the deck it gets has none, and the result brings them only when the instructor
// shows answers.
import { el, fill } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { modePage, actions, button, announce, errorBox } from '../ui.js';
import { questionFieldset, isAnswered, firstControl } from './question-inputs.js';
import { resultItem } from './quiz-result.js';

export async function show(context) {
  const { runtime, main, session } = context;
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.quiz.title', body);
  let overview;
  try {
    overview = await runtime.quizOverview();
  } catch (error) {
    fill(body, errorBox(error));
    return;
  }
  // The server names the open attempt (openAttemptId); the list holds the submitted ones.
  const open = Boolean(overview.openAttemptId) || overview.attempts.some((attempt) => !attempt.submittedAt);
  const done = overview.attempts.filter((attempt) => attempt.submittedAt);
  const left = attemptsLeft(overview.attemptsAllowed, done.length);
  fill(body,
    el('p', {}, attemptsLine(done.length, overview.attemptsAllowed)),
    done.length ? pastAttempts(done) : null,
    done.length && runtime.reportsProgress ? gradebookLine(overview.gradebook, session, runtime) : null,
    open || left > 0
      ? actions(button(open ? 'quiz.resume' : 'quiz.start', () => startAttempt(context, body),
        { class: 'primary', 'data-action': 'start' }))
      : el('p', { class: 'notice' }, t('quiz.noAttemptsLeft')));
}

function attemptsLeft(allowed, used) {
  return allowed ? allowed - used : Infinity;
}

function attemptsLine(used, allowed) {
  return allowed ? t('quiz.attemptsOf', { used, allowed }) : t('quiz.attemptsUnlimited', { used });
}

function pastAttempts(attempts) {
  return el('section', { 'aria-labelledby': 'past-title' },
    el('h3', { id: 'past-title' }, t('quiz.pastAttempts')),
    el('ul', {}, attempts.map((a) => el('li', {},
      t('quiz.pastAttempt', { number: a.number, score: a.score, max: a.maxScore, date: formatDate(a.submittedAt) })))));
}

async function startAttempt(context, body) {
  const { runtime, deck } = context;
  let attempt;
  try {
    attempt = await runtime.startQuiz();
  } catch (error) {
    fill(body, errorBox(error));
    return;
  }
  const answers = { ...(attempt.answers || {}) };
  const total = attempt.questions.length;
  const count = el('p', { class: 'muted', 'aria-live': 'polite' });
  const problem = el('div', { class: 'feedback' });
  const done = () => attempt.questions.filter((question) => isAnswered(question, answers[question.id])).length;
  const showCount = () => { count.textContent = t('quiz.answered', { done: done(), total }); };

  const form = el('form', { class: 'quiz', novalidate: true },
    attempt.questions.map((question, index) => questionFieldset(deck, question, index, total, answers[question.id],
      (answer) => {
        if (answer === null) delete answers[question.id];
        else answers[question.id] = answer;
        showCount();
        problem.replaceChildren(); // an old "answer every question" would now be wrong
        runtime.saveAnswer(attempt.attemptId, question.id, answer).catch(() => undefined);
      })),
    count, problem,
    actions(el('button', { type: 'submit', class: 'primary', 'data-action': 'submit' }, t('quiz.submit'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing = attempt.questions.find((question) => !isAnswered(question, answers[question.id]));
    if (missing) {
      problem.replaceChildren(el('p', { class: 'notice error', role: 'alert' },
        t('quiz.answerAll', { done: done(), total })));
      firstControl(form.querySelector(`[data-question="${CSS.escape(missing.id)}"]`)).focus();
      return;
    }
    form.querySelector('[data-action="submit"]').disabled = true;
    try {
      const result = await runtime.submitQuiz(attempt.attemptId, answers);
      showResult(context, body, attempt, result);
    } catch (error) {
      problem.replaceChildren(errorBox(error));
      form.querySelector('[data-action="submit"]').disabled = false;
    }
  });
  fill(body, el('p', {}, t('quiz.attemptNumber', { number: attempt.number })), form);
  showCount();
  firstControl(body).focus();
}

function showResult(context, body, attempt, result) {
  const { deck, runtime, session } = context;
  const byId = new Map(attempt.questions.map((question) => [question.id, question]));
  const summary = t('quiz.score', { score: result.score, max: result.maxScore, percent: Math.round(result.percent) });
  const heading = el('h3', { tabindex: '-1', id: 'result-title' }, t('quiz.resultTitle'));
  fill(body,
    heading,
    el('div', { class: 'notice success', role: 'status', 'data-result': 'score' },
      el('p', { class: 'score' }, summary),
      // The score is in the activity's points (e.g. 60 / 100); the count of right answers says it plainly.
      el('p', { 'data-correct': '' }, t('quiz.correctCount', {
        correct: (result.questions || []).filter((item) => item.correct).length, total: attempt.questions.length,
      })),
      result.passed === undefined ? null : el('p', {}, t(result.passed ? 'quiz.passed' : 'quiz.notPassed'))),
    runtime.reportsProgress ? gradebookLine(result.gradebook, session, runtime) : null,
    result.attemptsUsed === undefined ? null : el('p', {}, attemptsLine(result.attemptsUsed, result.attemptsAllowed)),
    // Per-question feedback only when the instructor shows answers now; otherwise the score alone.
    result.showAnswers === false ? el('p', { class: 'muted' }, t('quiz.answersHidden'))
      : el('ol', { class: 'results' }, (result.questions || []).map((item) =>
        resultItem(deck, byId.get(item.id), item))),
    actions(button('quiz.backToQuiz', () => show(context), { 'data-action': 'back' })));
  heading.focus();
  announce(summary);
}

const GRADEBOOK_KEYS = { sent: 'quiz.gradebook.sent', pending: 'quiz.gradebook.pending', failed: 'quiz.gradebook.failed' };
const FOLLOW_FOR_MS = 10 * 60 * 1000;

// Where the score stands in the course's gradebook. While it is on its way the line follows it and
// changes in place ("will be sent" becomes "was sent", or "not accepted yet"), without a reload.
function gradebookLine(gradebook, session, runtime) {
  if (!gradebook || !GRADEBOOK_KEYS[gradebook.status]) return null;
  const line = el('p', { 'aria-live': 'polite' });
  showGradebook(line, gradebook.status, session);
  if (gradebook.status === 'pending') followGradebook(line, session, runtime);
  return line;
}

function showGradebook(line, status, session) {
  const platform = session.platform || t('quiz.yourCourse');
  line.className = `gradebook gradebook-${status}`;
  line.dataset.gradebook = status;
  line.textContent = t(GRADEBOOK_KEYS[status], { platform });
}

// Asks the server again after 2 s, then less and less often (at most every 15 s, for ten minutes), while the
// line is on the page and the score is still pending.
function followGradebook(line, session, runtime) {
  const until = Date.now() + FOLLOW_FOR_MS;
  let delay = 2000;
  const ask = async () => {
    if (!line.isConnected || Date.now() > until) return;
    let status = 'pending';
    try {
      const overview = await runtime.quizOverview();
      status = (overview.gradebook && overview.gradebook.status) || 'pending';
    } catch (error) {
      status = 'pending'; // a network hiccup: ask again later
    }
    if (GRADEBOOK_KEYS[status] && status !== line.dataset.gradebook) showGradebook(line, status, session);
    if (status !== 'pending') return;
    delay = Math.min(delay * 1.5, 15000);
    setTimeout(ask, delay);
  };
  setTimeout(ask, delay);
}
