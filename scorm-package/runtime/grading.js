// The quiz of a SCORM package is scored in the browser, from the deck's key (app/deck.js): these are
// the server's graders (org.recall.quiz.*Grader, docs/deck-format.md "Question") written again, rule
// for rule, so that a package and an LTI launch give a student the same credit for the same answer.
// Pure functions, no DOM: grading.test.mjs runs them under node against the server's own test cases.

/** A question's choices for matching: every pair's answer and distractor once, in code point order. */
export function matchChoices(question) {
  const all = new Set([...question.pairs.map((p) => p.answer), ...(question.distractors || [])]);
  // Java's String.compareTo and this comparison both order by UTF-16 code units.
  return [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The question as the page may see it before submitting: no key, no explanation. */
export function publicQuestion(question) {
  const { id, prompt } = question;
  const type = question.type || 'single-choice';
  if (type === 'single-choice' || type === 'multiple-answer') return { id, type, prompt, options: question.options };
  if (type === 'matching') {
    return { id, type, prompt, prompts: question.pairs.map((p) => ({ id: p.id, text: p.prompt })), choices: matchChoices(question) };
  }
  return { id, type, prompt };
}

const NUMBER = /^[+-]?(\d{1,20}([.,]\d{0,20})?|[.,]\d{1,20})([eE][+-]?\d{1,3})?$/;

/** A decimal as {digits: BigInt, scale}: exact, so 0.1 + 0.2 equals 0.3 as on the server. */
export function decimal(value) {
  const text = String(value).trim().replace(',', '.');
  if (!NUMBER.test(text)) return null;
  const [mantissa, exponent = '0'] = text.toLowerCase().split('e');
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = mantissa.replace(/^[+-]/, '').split('.');
  let digits = BigInt((whole || '0') + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits: negative ? -digits : digits, scale };
}

/** A decimal written out without exponent ("0.05", "-12"), trailing zeros removed. */
export function plain({ digits, scale }) {
  const negative = digits < 0n;
  let text = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  if (scale > 0) text = `${text.slice(0, -scale)}.${text.slice(-scale)}`.replace(/\.?0+$/, '');
  return (negative && text !== '0' ? '-' : '') + text;
}

/** a + sign × b, exactly. */
export function plus(a, b, sign = 1) {
  const [x, y] = align(a, b);
  return { digits: x + BigInt(sign) * y, scale: Math.max(a.scale, b.scale) };
}

function align(a, b) {
  const scale = Math.max(a.scale, b.scale);
  return [a.digits * 10n ** BigInt(scale - a.scale), b.digits * 10n ** BigInt(scale - b.scale)];
}

/** Short answers: NFC, trimmed, blanks collapsed, lower case unless case sensitive (ShortAnswerGrader). */
export function normalise(text, caseSensitive) {
  const plain = String(text).normalize('NFC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? plain : plain.toLowerCase();
}

/** An accepted answer as a regular expression: `*` any characters, `\*` a star, the rest literal. */
export function acceptedPattern(accepted) {
  let regex = '';
  for (let i = 0; i < accepted.length; i += 1) {
    const c = accepted[i];
    if (c === '\\' && accepted[i + 1] === '*') {
      regex += '\\*';
      i += 1;
    } else if (c === '*') {
      regex += '[\\s\\S]*';
    } else {
      regex += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    }
  }
  return new RegExp(`^${regex}$`, 'u');
}

/** The credit (0 to 1) of `answer` (the study API's form for the type; undefined when unanswered). */
export function credit(question, answer) {
  if (answer === undefined || answer === null) return 0;
  switch (question.type || 'single-choice') {
    case 'multiple-answer': {
      if (!Array.isArray(answer)) return 0;
      const key = question.correctOptionIds;
      const right = answer.filter((id) => key.includes(id)).length;
      return Math.max(0, (right - (answer.length - right)) / key.length);
    }
    case 'true-false': return answer === question.correct ? 1 : 0;
    case 'short-answer': {
      const typed = normalise(answer, question.caseSensitive);
      return question.acceptedAnswers.some((a) => acceptedPattern(normalise(a, question.caseSensitive)).test(typed)) ? 1 : 0;
    }
    case 'numeric': {
      const given = decimal(answer);
      const value = decimal(question.value);
      if (!given || !value) return 0;
      const [a, v] = align(given, value);
      const difference = { digits: a > v ? a - v : v - a, scale: Math.max(given.scale, value.scale) };
      const [d, tolerance] = align(difference, decimal(question.tolerance || 0));
      return d <= tolerance ? 1 : 0;
    }
    case 'matching': {
      if (typeof answer !== 'object') return 0;
      return question.pairs.filter((p) => answer[p.id] === p.answer).length / question.pairs.length;
    }
    default: return answer === question.correctOptionId ? 1 : 0;
  }
}

/** The key as a result shows it (docs/study-api.md): correctAnswer in the answer's form, and the rest. */
export function keyOf(question) {
  switch (question.type || 'single-choice') {
    case 'multiple-answer': return { correctAnswer: question.correctOptionIds };
    case 'true-false': return { correctAnswer: question.correct };
    case 'short-answer': return { correctAnswer: question.acceptedAnswers[0], acceptedAnswers: question.acceptedAnswers };
    case 'numeric': return { correctAnswer: question.value, tolerance: question.tolerance || 0 };
    case 'matching': return { correctAnswer: Object.fromEntries(question.pairs.map((p) => [p.id, p.answer])) };
    default: return { correctAnswer: question.correctOptionId, correctOptionId: question.correctOptionId };
  }
}
