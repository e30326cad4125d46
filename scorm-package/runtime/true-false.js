// True or false in a SCORM package, pure (no DOM, no imports): the round is dealt and each statement
// checked here, with the answer key the package carries (a Recall server does both for LTI sessions).
// Statement ids as on the server: "c:<card>:<card whose back is shown>", "q:<question>:<option>".

/** A True or false round from the deck with its answer key: each statement true half of the time. */
export function dealRound(deck, count, withQuestions, random = Math.random) {
  const sources = [...deck.cards.map((card) => ({ card })),
    ...(withQuestions ? deck.questions || [] : []).map((question) => ({ question }))];
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
    } else {
      const wrong = question.options.filter((o) => o.id !== question.correctOptionId);
      statements.push(`q:${question.id}:${truth || !wrong.length ? question.correctOptionId : pick(wrong).id}`);
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
  if (!question || !question.options.some((o) => o.id === shown)) return null;
  return { truth: shown === question.correctOptionId,
    rightAnswer: question.options.find((o) => o.id === question.correctOptionId).text };
}
