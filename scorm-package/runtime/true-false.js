// True or false in a SCORM package, pure (no DOM, no imports): the round is dealt and each statement
// checked here, with the answer key the package carries (a Recall server does both for LTI sessions).
// Statement ids as on the server: "c:<card>:<card whose back is shown>", "q:<question>:<option>".

/** The right option ids of a single-choice or multiple-answer question (the package's answer key). */
function rightOptions(question) {
  return question.type === 'multiple-answer' ? question.correctOptionIds : [question.correctOptionId];
}

/** Questions that make statements: single choice, multiple answer (an option each) and true/false (itself). */
export function makesStatements(question) {
  return ['single-choice', 'multiple-answer', 'true-false'].includes(question.type || 'single-choice');
}

/** A True or false round from the deck with its answer key: each statement true half of the time. */
export function dealRound(deck, count, withQuestions, random = Math.random) {
  const sources = [...deck.cards.map((card) => ({ card })),
    ...(withQuestions ? (deck.questions || []).filter(makesStatements) : []).map((question) => ({ question }))];
  const statements = [];
  let order = [];
  const pick = (list) => list[Math.floor(random() * list.length)];
  while (sources.length && statements.length < count) {
    if (!order.length) order = [...sources].sort(() => random() - 0.5);
    const { card, question } = order.shift();
    const truth = random() < 0.5;
    if (card) {
      const others = deck.cards.filter((c) => c.id !== card.id);
      statements.push(`c:${card.id}:${truth || !others.length ? card.id : pick(others).id}`);
    } else if (question.type === 'true-false') {
      statements.push(`q:${question.id}:t`);
    } else {
      const right = rightOptions(question);
      const wrong = question.options.map((o) => o.id).filter((id) => !right.includes(id));
      statements.push(`q:${question.id}:${pick(truth || !wrong.length ? right : wrong)}`);
    }
  }
  return statements;
}

/** Whether a statement id is true in the deck (null when it names nothing in it), and what is true. */
export function checkTruth(deck, id) {
  const [kind, item, shown] = String(id).split(':');
  if (kind === 'c') {
    const card = deck.cards.find((c) => c.id === item);
    return card && deck.cards.some((c) => c.id === shown) ? { truth: item === shown, rightAnswer: card.answer } : null;
  }
  const question = (deck.questions || []).find((q) => q.id === item);
  if (!question || !makesStatements(question)) return null;
  if (question.type === 'true-false') return shown === 't' ? { truth: question.correct === true, rightAnswer: null } : null;
  if (!question.options.some((o) => o.id === shown)) return null;
  const right = rightOptions(question);
  return { truth: right.includes(shown),
    rightAnswer: question.options.filter((o) => right.includes(o.id)).map((o) => o.text).join(' · ') };
}
