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
  language: 'editor.deck.language', cards: 'editor.cards', questions: 'editor.questions',
  explainPrompts: 'editor.explainPrompts',
};
const ITEM_FIELDS = {
  cards: { prompt: 'editor.card.front', answer: 'editor.card.back', level: 'editor.card.level' },
  questions: { prompt: 'editor.question.prompt', explanation: 'editor.question.explanation',
    options: 'editor.question.optionsShort', correctOptionId: 'editor.question.key', type: 'editor.question.type' },
  explainPrompts: { prompt: 'editor.explain.prompt', hint: 'editor.explain.hint', keyConcepts: 'editor.explain.concepts' },
};

/** "$.questions[1].options[0].text" -> "Question 2 › Option A › Text", in the page's language. */
export function fieldName(path) {
  const parts = parsePath(path);
  if (!parts.length) return t('editor.deck.whole');
  const names = [];
  const list = parts[0];
  names.push(t(FIELDS[list] || list));
  if (typeof parts[1] === 'number') {
    names[0] = t(ITEM_NOUNS[list] || list, { number: parts[1] + 1 });
    const field = parts[2];
    if (field !== undefined) names.push(t((ITEM_FIELDS[list] || {})[field] || field));
    if (field === 'options' && typeof parts[3] === 'number') {
      names[names.length - 1] = t('editor.question.option', { letter: String.fromCharCode(65 + parts[3]) });
      if (parts[4] === 'id') names.push('id');
    } else if (field === 'keyConcepts' && typeof parts[3] === 'number') {
      names[names.length - 1] = t('editor.explain.concept', { number: parts[3] + 1 });
    } else if (parts.length > 3) {
      names.push(...parts.slice(3).map(String));
    }
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
];

export function reasonText(reason) {
  for (const [pattern, key, names = []] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1]])));
  }
  return reason;
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
