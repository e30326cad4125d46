// Form fields bound to a path of the model. A field carries data-path (the path as the server writes it)
// and an empty error slot the error mapping fills (errors.js). Every value goes in through .value or
// textContent, never as HTML: a card front holding "<script>" is edited as text.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { getAt, setAt, pathText, numberValue } from './model.js';

/** A DOM id from a path: ['questions', 2, 'prompt'] -> "f-questions-2-prompt". */
export function fieldId(parts) {
  return `f-${parts.join('-')}`;
}

/**
 * A labelled text input or textarea. `onInput` runs after the model has the new value.
 * options: {parts, label, multiline, rows, maxLength, lang, number, hint}
 */
export function textField(model, onInput, options) {
  const { parts, label, multiline, rows = 3, maxLength, lang, number, hint } = options;
  const id = fieldId(parts);
  const value = getAt(model, parts);
  const attrs = {
    id, 'data-path': pathText(parts), lang: lang || null, maxlength: maxLength || null,
    'aria-describedby': hint ? `${id}-hint` : null,
  };
  const input = multiline
    ? el('textarea', { ...attrs, rows })
    : el('input', { ...attrs, type: number ? 'number' : 'text', inputmode: number ? 'numeric' : null });
  input.value = value === undefined || value === null ? '' : String(value);
  input.addEventListener('input', () => {
    setAt(model, parts, number ? numberValue(input.value) : input.value);
    onInput();
  });
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    hint ? el('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    input);
}

/** A labelled select of `choices` ([value, label]). */
export function selectField(model, onChange, { parts, label, choices }) {
  const id = fieldId(parts);
  const select = el('select', { id, 'data-path': pathText(parts) },
    choices.map(([value, text]) => el('option', { value }, text)));
  select.value = getAt(model, parts) ?? choices[0][0];
  select.addEventListener('change', () => {
    setAt(model, parts, select.value);
    onChange();
  });
  return el('div', { class: 'field' }, el('label', { for: id }, label), select);
}

/** A small button whose visible text starts its accessible name; `detail` (hidden) says which item. */
export function toolButton(labelKey, detail, onClick, attrs = {}) {
  return el('button', { type: 'button', class: 'tool', ...attrs, on: { click: onClick } },
    t(labelKey), detail ? el('span', { class: 'visually-hidden' }, ` ${detail}`) : null);
}
