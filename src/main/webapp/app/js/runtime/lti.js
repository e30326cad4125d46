// The LTI runtime: the tool's study API (docs/study-api.md), authorised by the session token the
// launch put in the page's fragment. Bearer header, never a cookie: cookies are what browsers drop
// inside an LMS iframe.
import { RuntimeError, checkRuntime } from './runtime.js';

const API = new URL('../api/study/', document.baseURI);

export function createLtiRuntime(token) {
  async function call(method, path, body, keepalive = false) {
    let response;
    try {
      response = await fetch(new URL(path, API), {
        keepalive,
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      throw new RuntimeError('error.network', null, 0);
    }
    const json = await response.json().catch(() => ({}));
    if (response.status === 401) throw new RuntimeError('error.sessionExpired', null, 401);
    if (!response.ok) {
      // The server words its errors for people (study-api.md); show them as written.
      throw new RuntimeError(json.error ? null : 'error.unexpected', json.error || null, response.status);
    }
    return json;
  }
  const id = encodeURIComponent;

  return checkRuntime({
    reportsProgress: true,
    session: () => call('GET', 'session'),
    deck: () => call('GET', 'deck'),
    getProgress: (mode) => call('GET', `progress/${id(mode)}`),
    putProgress: (mode, state) => call('PUT', `progress/${id(mode)}`, state),
    reviewState: () => call('GET', 'review'),
    rateReview: (cardId, rating) => call('POST', 'review/ratings', { cardId, rating }),
    spacedState: () => call('GET', 'spaced'),
    rateSpaced: (cardId, rating) => call('POST', 'spaced/ratings', { cardId, rating }),
    quizOverview: () => call('GET', 'quiz'),
    startQuiz: () => call('POST', 'quiz/attempts', {}),
    quizAttempt: (attemptId) => call('GET', `quiz/attempts/${id(attemptId)}`),
    saveAnswer: (attemptId, questionId, answer) =>
      call('PUT', `quiz/attempts/${id(attemptId)}/answers/${id(questionId)}`, { answer }),
    submitQuiz: (attemptId, answers) => call('POST', `quiz/attempts/${id(attemptId)}/submit`, { answers }),
    explainAnswers: () => call('GET', 'explain'),
    saveExplain: (promptId, text, concepts) => call('PUT', `explain/${id(promptId)}`, { text, concepts }),
    summary: () => call('GET', `summary?offset=${new Date().getTimezoneOffset()}`),
    // keepalive: the last report of a page being closed still reaches the server.
    reportTime: (mode, seconds) => call('POST', 'time',
      { mode, seconds, offset: new Date().getTimezoneOffset() }, true),
    matchRecord: () => call('GET', 'match'),
    finishMatch: (millis) => call('POST', 'match/games', { millis }),
    rateWrite: (cardId, result) => call('POST', 'write/ratings', { cardId, result }),
    trueFalseRound: (count) => call('GET', `truefalse?count=${count}`),
    checkStatement: (statement, answer) => call('POST', 'truefalse/answers', { statement, answer }),
    testOverview: () => call('GET', 'test'),
    startTest: (length, minutes) => call('POST', 'test/attempts', { length, minutes }),
    saveTestAnswer: (attemptId, itemId, answer) =>
      call('PUT', `test/attempts/${id(attemptId)}/answers/${id(itemId)}`, { answer }),
    submitTest: (attemptId, answers) => call('POST', `test/attempts/${id(attemptId)}/submit`, { answers }),
  });
}
