// The quiz's answers as SCORM interactions, one per question, written when the attempt is submitted:
// SCORM 1.2 RTE 3.4.2 (cmi.interactions.n.id, type, student_response, correct_responses.n.pattern,
// result, weighting) and SCORM 2004 4th Edition RTE 4.2.9 (id, type, learner_response,
// correct_responses.n.pattern, result, weighting). Types: choice (single choice, multiple answer),
// true-false, fill-in (short answer), numeric, matching. Responses use each edition's own format:
// 2004 delimiters [,] [.] [:] and true/false; 1.2 "," "." and t/f, each at most 255 characters.
// Matching targets are short identifiers "c0", "c1"… naming the choices in their code point order.
import { decimal, matchChoices, plain, plus } from './grading.js';

const MAX_12 = 255;
const MAX_FILL_IN_2004 = 250;

const TYPES = {
  'single-choice': 'choice', 'multiple-answer': 'choice', 'true-false': 'true-false',
  'short-answer': 'fill-in', numeric: 'numeric', matching: 'matching',
};

function typeOf(question) {
  return TYPES[question.type || 'single-choice'];
}

/** 2004 fill-in strings may not hold the delimiter "[,]"; 1.2 fields are at most 255 characters. */
function fillIn(text, edition) {
  const plain = String(text).replace(/\[,\]/g, ',');
  return edition === '1.2' ? plain.slice(0, MAX_12) : plain.slice(0, MAX_FILL_IN_2004);
}

/** 2004 real(10,7) as scorm-again checks it: at most five integer digits; null when the number has more. */
function real(value) {
  const number = decimal(value);
  const text = number ? plain(number) : '';
  return /^-?\d{1,5}(\.\d{1,18})?$/.test(text) ? text : null;
}

function matchTarget(question, text) {
  return `c${matchChoices(question).indexOf(text)}`;
}

/** The student's answer in the edition's response format; '' when unanswered. */
export function response(question, answer, edition) {
  const list = edition === '1.2' ? ',' : '[,]';
  const dot = edition === '1.2' ? '.' : '[.]';
  if (answer === undefined || answer === null) return '';
  switch (question.type || 'single-choice') {
    case 'multiple-answer': return answer.join(list);
    case 'true-false': return edition === '1.2' ? (answer ? 't' : 'f') : String(answer);
    case 'short-answer': return fillIn(String(answer).trim(), edition).replace(/^\{/, '(');
    case 'numeric': return edition === '1.2' ? String(answer).trim().replace(',', '.') : real(answer) || '';
    case 'matching':
      return question.pairs.filter((p) => answer[p.id]).map((p) => `${p.id}${dot}${matchTarget(question, answer[p.id])}`)
        .join(list);
    default: return String(answer);
  }
}

/** The correct response patterns (2004 may give several: one per accepted short answer). */
export function patterns(question, edition) {
  const list = edition === '1.2' ? ',' : '[,]';
  const dot = edition === '1.2' ? '.' : '[.]';
  switch (question.type || 'single-choice') {
    case 'multiple-answer': return [question.correctOptionIds.join(list)];
    case 'true-false': return [edition === '1.2' ? (question.correct ? 't' : 'f') : String(question.correct)];
    case 'short-answer': {
      const prefix = edition === '2004' && question.caseSensitive ? '{case_matters=true}' : '';
      const all = question.acceptedAnswers.map((a) => prefix + fillIn(a, edition));
      return edition === '1.2' ? all.slice(0, 1) : all;
    }
    case 'numeric': {
      // 2004 RTE 4.2.9.1: a numeric pattern is min[:]max; 1.2 takes the value.
      const value = decimal(question.value);
      const tolerance = decimal(question.tolerance || 0);
      if (edition === '1.2') return [plain(value)];
      const low = real(plain(plus(value, tolerance, -1)));
      const high = real(plain(plus(value, tolerance)));
      return low && high ? [`${low}[:]${high}`] : [];
    }
    case 'matching':
      return [question.pairs.map((p) => `${p.id}${dot}${matchTarget(question, p.answer)}`).join(list)];
    default: return [question.correctOptionId];
  }
}

/** 1.2 "correct"/"wrong", 2004 "correct"/"incorrect"; partial credit as a decimal (both editions allow one). */
export function result(credit, edition) {
  if (credit >= 1) return 'correct';
  if (credit <= 0) return edition === '1.2' ? 'wrong' : 'incorrect';
  return String(Math.round(credit * 10000) / 10000);
}

/**
 * The data model elements to set for one question, in order (type before responses: 2004 refuses a
 * response whose interaction has no type yet).
 */
export function interaction(n, question, answer, credit, edition) {
  const base = `cmi.interactions.${n}`;
  const elements = [[`${base}.id`, question.id], [`${base}.type`, typeOf(question)]];
  patterns(question, edition).forEach((pattern, i) => elements.push([`${base}.correct_responses.${i}.pattern`, pattern]));
  elements.push([`${base}.weighting`, '1']);
  const given = response(question, answer, edition);
  if (given !== '') elements.push([`${base}.${edition === '1.2' ? 'student_response' : 'learner_response'}`, given]);
  elements.push([`${base}.result`, result(credit, edition)]);
  return elements;
}
