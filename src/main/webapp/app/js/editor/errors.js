// The deck errors the server answers to each save ({path, reason}, the loader's collected errors) shown
// where they belong: on the field whose data-path is the error's path, else on the nearest enclosing item
// or list. Each marked field gets aria-invalid and its message through aria-describedby; a summary above
// the form names every field ("Question 2 › Option B") and links to it.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { parsePath, pathText } from './model.js';

const ITEM_NOUNS = { cards: 'editor.card', questions: 'editor.questionItem', explainPrompts: 'editor.explainItem' };
const FIELDS = {
  title: 'editor.deck.title', description: 'editor.deck.description', estimatedMinutes: 'editor.deck.minutes',
  language: 'editor.deck.language', textFormat: 'editor.deck.textFormat', cards: 'editor.cards', questions: 'editor.questions',
  explainPrompts: 'editor.explainPrompts',
};
const ITEM_FIELDS = {
  cards: { prompt: 'editor.card.front', answer: 'editor.card.back', level: 'editor.card.level' },
  questions: { prompt: 'editor.question.prompt', explanation: 'editor.question.explanation', type: 'editor.question.type',
    options: 'editor.question.optionsShort', correctOptionId: 'editor.question.key', correctOptionIds: 'editor.question.key',
    correct: 'editor.question.key', acceptedAnswers: 'editor.question.accepted', caseSensitive: 'editor.question.caseSensitive',
    value: 'editor.question.value', tolerance: 'editor.question.tolerance', pairs: 'editor.question.pairs',
    distractors: 'editor.question.distractors' },
  explainPrompts: { prompt: 'editor.explain.prompt', hint: 'editor.explain.hint', keyConcepts: 'editor.explain.concepts' },
};
const COMMON_FIELDS = { section: 'editor.item.section', tags: 'editor.item.tags', id: 'id' };
/** One element of a list inside an item: "Option B", "Pair 2", "Key concept 1"… */
const LIST_ITEMS = {
  options: (i) => t('editor.question.option', { letter: String.fromCharCode(65 + i) }),
  keyConcepts: (i) => t('editor.explain.concept', { number: i + 1 }),
  pairs: (i) => t('editor.question.pair', { number: i + 1 }),
  acceptedAnswers: (i) => t('editor.question.acceptedItem', { number: i + 1 }),
  distractors: (i) => t('editor.question.distractor', { number: i + 1 }),
  tags: (i) => t('editor.item.tag', { number: i + 1 }),
};
const PAIR_FIELDS = { prompt: 'editor.question.pairPromptShort', answer: 'editor.question.pairAnswerShort' };

/** "$.questions[1].options[0].text" -> "Question 2 › Option A", in the page's language. */
export function fieldName(path) {
  const parts = parsePath(path);
  if (!parts.length) return t('editor.deck.whole');
  const list = parts[0];
  if (typeof parts[1] !== 'number') return t(FIELDS[list] || list);
  const names = [t(ITEM_NOUNS[list] || list, { number: parts[1] + 1 })];
  let inList = null;
  for (const part of parts.slice(2)) {
    if (typeof part === 'number') {
      names[names.length - 1] = LIST_ITEMS[inList] ? LIST_ITEMS[inList](part) : `${names[names.length - 1]} ${part + 1}`;
    } else if (inList === 'pairs' && PAIR_FIELDS[part]) {
      names.push(t(PAIR_FIELDS[part]));
    } else if (!(inList === 'options' && part === 'text')) {
      const key = (ITEM_FIELDS[list] || {})[part] || COMMON_FIELDS[part];
      names.push(key ? t(key) : part);
    }
    if (typeof part === 'string') inList = part;
  }
  return names.join(' › ');
}

// The server's reasons are fixed English sentences (DeckErrorReason); known ones are said in the page's
// language, any other is shown as the server wrote it.
const REASONS = [
  [/^is required$/, 'editor.reason.required'],
  [/^must not be blank$/, 'editor.reason.blank'],
  [/^must be at most (\d+) characters$/, 'editor.reason.tooLong', ['max']],
  [/^must have at least (\d+) items$/, 'editor.reason.tooFew', ['min']],
  [/^must have at most (\d+) items$/, 'editor.reason.tooMany', ['max']],
  [/^must be between (-?\d+) and (-?\d+)$/, 'editor.reason.range', ['min', 'max']],
  [/^must be an integer$/, 'editor.reason.integer'],
  [/^repeats the id at /, 'editor.reason.repeatedId'],
  [/^names no option of this question$/, 'editor.reason.noKey'],
  [/^repeats an earlier key concept$/, 'editor.reason.repeatedConcept'],
  [/^must be one of beginner, intermediate, advanced$/, 'editor.reason.level'],
  [/^must be a BCP 47 language tag/, 'editor.reason.language'],
  [/^a deck needs at least one card or one question$/, 'editor.reason.noItems'],
  [/^is larger than the limit of 1 MiB/, 'editor.reason.tooLarge'],
  [/^names an option twice$/, 'editor.reason.repeatedOption'],
  [/^must be one of single-choice, /, 'editor.reason.type'],
  [/^must be plain or html$/, 'editor.reason.textFormat'],
  [/^must be true or false$/, 'editor.reason.boolean'],
  [/^must be a number$/, 'editor.reason.number'],
  [/^must be between -1E\+15 and 1E\+15$/, 'editor.reason.numberSize'],
  [/^must have at most (\d+) decimal places$/, 'editor.reason.decimals', ['max']],
  [/^must not be negative$/, 'editor.reason.negative'],
  [/^repeats an earlier answer$/, 'editor.reason.repeatedAnswer'],
  [/^repeats an earlier tag$/, 'editor.reason.repeatedTag'],
  [/^is the answer of a pair/, 'editor.reason.distractorIsAnswer'],
  [/^uses HTML that Recall does not show/, 'editor.reason.html'],
  [/^is not a field of the deck format$/, 'editor.reason.unknownField'],
  [/^must be a string$/, 'editor.reason.notText'],
  [/^must be an array$/, 'editor.reason.notList'],
  [/^must be an object$/, 'editor.reason.notObject'],
  [/^must be 3 to 64 lowercase letters, digits or hyphens$/, 'editor.reason.deckId'],
  [/^must be 1 to 32 lowercase letters, digits or hyphens$/, 'editor.reason.itemId'],
  [/^is not well-formed JSON/, 'editor.reason.notJson'],
  [/^repeats a field name of its object$/, 'editor.reason.repeatedKey'],
  [/^is not UTF-8 text$/, 'editor.reason.notUtf8'],
];

/** The page's words for a server reason: its bundle key and the values it names; null for an unknown reason. */
export function reasonKey(reason) {
  for (const [pattern, key, names = []] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return { key, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) };
  }
  return null;
}

export function reasonText(reason) {
  const known = reasonKey(reason);
  return known ? t(known.key, known.params) : reason;
}

/** The element an error at `path` belongs to: the field with that path, else the nearest enclosing one. */
function targetOf(root, path) {
  let parts = parsePath(path);
  for (;;) {
    const found = root.querySelector(`[data-path="${CSS.escape(pathText(parts))}"]`);
    if (found || !parts.length) return found;
    parts = parts.slice(0, -1);
  }
}

function slotOf(target) {
  if (target.classList.contains('field-error')) return target;
  const own = target.matches('li.item') ? target.querySelector(':scope > .item-error')
    : target.closest('.field')?.querySelector(':scope > .field-error');
  if (own) return own;
  const slot = el('p', { class: 'field-error', hidden: true });
  if (target.matches('input, select, textarea')) target.after(slot); else target.prepend(slot);
  return slot;
}

export function focusable(target) {
  if (!target) return null;
  if (target.matches('input, select, textarea, button')) return target;
  const scope = target.classList.contains('field-error') ? target.parentElement : target;
  return scope.querySelector('input, select, textarea') || scope.querySelector('h3') || scope;
}

/** Marks every error on its field and fills the summary; answers how many errors there are. */
export function showErrors(root, summary, errors) {
  root.querySelectorAll('[aria-invalid]').forEach((node) => {
    node.removeAttribute('aria-invalid');
    const ids = (node.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && !id.startsWith('err-'));
    if (ids.length) node.setAttribute('aria-describedby', ids.join(' ')); else node.removeAttribute('aria-describedby');
  });
  root.querySelectorAll('.field-error').forEach((slot) => { slot.hidden = true; slot.replaceChildren(); slot.removeAttribute('id'); });
  const links = [];
  errors.forEach((error, n) => {
    const target = targetOf(root, error.path);
    const text = `${fieldName(error.path)}: ${reasonText(error.reason)}`;
    if (target) {
      const slot = slotOf(target);
      slot.id = slot.id || `err-${n}`;
      slot.append(el('span', { class: 'error-line' }, reasonText(error.reason)));
      slot.hidden = false;
      const field = target.matches('input, select, textarea') ? target : null;
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        const ids = new Set((field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean));
        ids.add(slot.id);
        field.setAttribute('aria-describedby', [...ids].join(' '));
      }
    }
    links.push(el('li', {}, el('a', { href: '#', 'data-error-path': error.path, on: { click: (event) => {
      event.preventDefault();
      focusable(targetOf(root, error.path))?.focus();
    } } }, text)));
  });
  summary.hidden = errors.length === 0;
  fill(summary.querySelector('ul'), links);
  summary.querySelector('.problems-count').textContent = t(errors.length === 1 ? 'editor.problems.one' : 'editor.problems.other',
    { count: errors.length });
  return errors.length;
}
