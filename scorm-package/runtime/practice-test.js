// The Practice test in a SCORM package, pure (no DOM, no imports): the paper is drawn here as the server
// draws it (org.recall.quiz.TestPaper): one question of every type the deck holds and one card first, as
// the length allows, then any questions and cards, in a random order. Item ids: "q:<question>", "c:<card>".
export const MAX_LENGTH = 50;

export function maxLength(deck) {
  return Math.min(MAX_LENGTH, (deck.questions || []).length + deck.cards.length);
}

function shuffle(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function drawPaper(deck, length, random = Math.random) {
  const questions = deck.questions || [];
  const byType = new Map();
  questions.forEach((q) => byType.set(q.type || 'single-choice', [...(byType.get(q.type || 'single-choice') || []), q]));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const first = shuffle([...byType.values()].map((list) => `q:${pick(list).id}`), random);
  if (deck.cards.length) first.push(`c:${pick(deck.cards).id}`);
  const rest = shuffle([...questions.map((q) => `q:${q.id}`), ...deck.cards.map((c) => `c:${c.id}`)], random);
  const items = [...new Set([...first, ...rest])].slice(0, Math.max(1, Math.min(length, maxLength(deck))));
  return shuffle(items, random);
}
