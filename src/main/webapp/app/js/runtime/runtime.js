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
//   spacedState()            -> {boxes:{cardId: 1..5}, due:[cardId], nextDue:{cardId: ISO-8601}}
//   rateSpaced(cardId, known)        -> the new spaced state
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
//
// Optional members (checkRuntime fills in the default):
//   notice()                 -> an i18n key the page shows under its header, or null (default: null);
//                            read at start and whenever a mode opens. The SCORM runtime says with it that
//                            progress is not being recorded (no LMS) or no longer (after finishing).
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
  'explainAnswers', 'saveExplain'];

export const OPTIONAL = { notice: () => null };

/** Fails early, with the missing names, when an implementation forgets a method; adds optional defaults. */
export function checkRuntime(runtime) {
  const missing = METHODS.filter((name) => typeof runtime[name] !== 'function');
  if (missing.length || typeof runtime.reportsProgress !== 'boolean') {
    throw new Error(`runtime incomplete: ${missing.join(', ') || 'reportsProgress'}`);
  }
  return { ...OPTIONAL, ...runtime };
}
