// The runtime interface: everything the study UI needs from the outside world, and nothing more.
// The UI never calls fetch or a SCORM API itself, so the same pages run after an LTI launch (lti.js,
// the tool's JSON API) and inside a SCORM package (scorm.js, in scorm-package/runtime/: the deck embedded
// in the package and the LMS's SCORM API). An implementation is a plain object with these members:
//
//   reportsProgress          boolean: true when scores reach a gradebook through this runtime, so the
//                            quiz shows the gradebook status line ("sent", "will be sent")
//   session()                -> {user:{name, instructor}, locale, course, activity:{id, title, deck,
//                               modes[], graded, points, attemptsAllowed, attemptsUsed, showAnswers}}
//   deck()                   -> the public deck: {id, title, language, textFormat, cards[], questions[],
//                               explainPrompts[]} (questions {id, type, prompt, options | prompts, choices},
//                               without their key)
//   getProgress(mode)        -> the resume state stored for this mode ({} when none)
//   putProgress(mode, state) stores a resume state (a small JSON object)
//   reviewState()            -> {known:[cardId], notYet:[cardId], ratings:{cardId: count}}
//   rateReview(cardId, rating)       rating "known" | "not_yet"; -> the new review state
//   spacedState()            -> FSRS memory: {now, desiredRetention, cards:{cardId:{mastery, phase,
//                               retrievability, due, reviews, lapses, stability?, difficulty?}}, due:[cardId],
//                               dueNow, known, next:{cardId, waits:{again, hard, good, easy (seconds)}}|null}
//   rateSpaced(cardId, rating)       rating "again" | "hard" | "good" | "easy"; -> the new spaced state
//   quizOverview()           -> {attempts:[{id, number, score, maxScore, submittedAt}], attemptsAllowed,
//                               gradebook:{status, message}}
//   startQuiz()              -> the open attempt: {attemptId, number, questions[], answers{}, attemptsUsed,
//                               attemptsAllowed}
//   quizAttempt(attemptId)   -> an attempt, open or with its result
//   saveAnswer(attemptId, questionId, answer)   answer in the form of its type (docs/study-api.md), null clears it
//   submitQuiz(attemptId, answers)  -> the result: {score, maxScore, percent, passed, showAnswers,
//                               questions:[{id, type, answer, credit, correct, correctAnswer?, acceptedAnswers?,
//                               tolerance?, explanation?}], gradebook:{status, message}}
//   explainAnswers()         -> {answers:{promptId:{text, concepts:[index]}}}
//   saveExplain(promptId, text, concepts)
//   summary()                -> the menu's progress: {dueToday (null without spaced review), known, total,
//                               bestMatchSeconds|null, streakDays}
//   reportTime(mode, seconds)        time spent in an open mode (1..300 s a report)
//   matchRecord()            -> {bestMillis|null, lastMillis|null, games}
//   finishMatch(millis)      -> the record after a finished game, with newBest
//   rateWrite(cardId, result)        result "right" | "overridden" | "wrong"
//   trueFalseRound(count)    -> {questions (whether questions are used), statements:[id]}: ids "c:<card>:<card
//                               shown>" or "q:<question>:<option>"
//   checkStatement(id, answer)       -> {truth, correct, rightAnswer}
//   testOverview()           -> Practice test: {attempts:[{id, number, score, maxScore, items, submittedAt}],
//                               openAttemptId, graded, attemptsAllowed, maxLength, defaultLength, maxMinutes, gradebook}
//   startTest(length, minutes)       -> the open test: {attemptId, number, items:[{id, kind: "question", question}
//                               | {id, kind: "card", cardId, prompt, level}], answers{}, deadline|null, now}
//   saveTestAnswer(attemptId, itemId, answer)    a question's answer in the form of its type, a card's typed text
//   submitTest(attemptId, answers)   -> the result: {score, maxScore, percent, passed, showAnswers, items:[{id, kind,
//                               answer, credit, correct, questionId?, type?, correctAnswer?, ...}], gradebook}
//
// Optional members (checkRuntime fills in the default):
//   notice()                 -> an i18n key the page shows under its header, or null (default: null);
//                            read at start and whenever a mode opens. The SCORM runtime says with it that
//                            progress is not being recorded (no LMS) or no longer (after finishing).
//   unavailable()            -> mode codes this runtime cannot offer (they need Recall's server); the menu
//                            says so (default: none).
//
// Every method returns a Promise and rejects with a RuntimeError whose `key` (a bundle key) or
// `detail` (a sentence from the server) the UI shows as is.

export class RuntimeError extends Error {
  /**
   * @param {string|null} key   an i18n key when the UI should word the problem itself
   * @param {string|null} detail a sentence to show as written (the server's `error` field)
   * @param {number} status     the HTTP status, 0 for a network failure
   */
  constructor(key, detail, status) {
    super(detail || key);
    this.key = key;
    this.detail = detail;
    this.status = status;
  }
}

export const METHODS = ['session', 'deck', 'getProgress', 'putProgress', 'reviewState', 'rateReview',
  'spacedState', 'rateSpaced', 'quizOverview', 'startQuiz', 'quizAttempt', 'saveAnswer', 'submitQuiz',
  'explainAnswers', 'saveExplain', 'summary', 'reportTime', 'matchRecord', 'finishMatch', 'rateWrite',
  'trueFalseRound', 'checkStatement', 'testOverview', 'startTest', 'saveTestAnswer', 'submitTest'];

export const OPTIONAL = { notice: () => null, unavailable: () => [] };

/** Fails early, with the missing names, when an implementation forgets a method; adds optional defaults. */
export function checkRuntime(runtime) {
  const missing = METHODS.filter((name) => typeof runtime[name] !== 'function');
  if (missing.length || typeof runtime.reportsProgress !== 'boolean') {
    throw new Error(`runtime incomplete: ${missing.join(', ') || 'reportsProgress'}`);
  }
  return { ...OPTIONAL, ...runtime };
}
