// Form fields bound to a path of the model. A field carries data-path (the path as the server writes it)
// and an empty error slot the error mapping fills (errors.js). Every value goes in through .value or
// textContent, never as HTML: a card front holding "<script>" is edited as text.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { getAt, setAt, pathText, numberValue, decimalValue } from './model.js';

/** A DOM id from a path: ['questions', 2, 'prompt'] -> "f-questions-2-prompt". */
export function fieldId(parts) {
  return `f-${parts.join('-')}`;
}

/**
 * A labelled text input or textarea. `onInput` runs after the model has the new value.
 * options: {parts, label, multiline, rows, maxLength, lang, number ('integer' | 'decimal'), hint, optional (an
 * emptied field leaves the document, as the format wants of optional fields), list (comma-separated texts)}
 */
export function textField(model, onInput, options) {
  const { parts, label, multiline, rows = 3, maxLength, lang, number, hint, optional, list } = options;
  const id = fieldId(parts);
  const value = getAt(model, parts);
  const attrs = {
    id, 'data-path': pathText(parts), lang: lang || null, maxlength: maxLength || null,
    'aria-describedby': hint ? `${id}-hint` : null,
  };
  const input = multiline
    ? el('textarea', { ...attrs, rows })
    : el('input', { ...attrs, type: number === 'integer' ? 'number' : 'text',
      inputmode: { integer: 'numeric', decimal: 'decimal' }[number] || null });
  input.value = value === undefined || value === null ? '' : list ? value.join(', ') : String(value);
  input.addEventListener('input', () => {
    const text = input.value;
    let next = text;
    if (number === 'integer') next = numberValue(text);
    else if (number === 'decimal') next = decimalValue(text);
    else if (list) next = text.split(',').map((part) => part.trim()).filter(Boolean);
    if (optional && (next === '' || (list && !next.length))) next = undefined;
    setAt(model, parts, next);
    onInput();
  });
  return el('div', { class: 'field' },
    el('label', { for: id }, label),
    hint ? el('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    input);
}

/** A labelled select of `choices` ([value, label]). */
export function selectField(model, onChange, { parts, label, choices, hint }) {
  const id = fieldId(parts);
  const select = el('select', { id, 'data-path': pathText(parts), 'aria-describedby': hint ? `${id}-hint` : null },
    choices.map(([value, text]) => el('option', { value }, text)));
  select.value = getAt(model, parts) ?? choices[0][0];
  select.addEventListener('change', () => {
    setAt(model, parts, select.value);
    onChange();
  });
  return el('div', { class: 'field' }, el('label', { for: id }, label),
    hint ? el('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null, select);
}

/** A checkbox for a boolean field; unticked leaves the field out when `optional` (its default is false). */
export function checkField(model, onChange, { parts, label, optional }) {
  const id = fieldId(parts);
  const box = el('input', { type: 'checkbox', id, 'data-path': pathText(parts), checked: getAt(model, parts) === true });
  box.addEventListener('change', () => {
    setAt(model, parts, box.checked ? true : optional ? undefined : false);
    onChange();
  });
  return el('div', { class: 'field check' }, box, ' ', el('label', { for: id }, label));
}

/** A small button whose visible text starts its accessible name; `detail` (hidden) says which item. */
export function toolButton(labelKey, detail, onClick, attrs = {}) {
  return el('button', { type: 'button', class: 'tool', ...attrs, on: { click: onClick } },
    t(labelKey), detail ? el('span', { class: 'visually-hidden' }, ` ${detail}`) : null);
}

/** The hint under a rich text field: plain text, or the HTML subset of an html deck. */
export function richHint(editor) {
  return editor.model.textFormat === 'html' ? t('editor.htmlHint') : null;
}

/**
 * A fieldset of short plain texts (key concepts, accepted answers, distractors): one input each, remove
 * buttons, an add button up to the limit. The list is created in the model when it is missing.
 */
export function stringList(editor, { parts, legend, itemKey, addKey, limits, lang, hint }) {
  if (!Array.isArray(getAt(editor.model, parts))) getAt(editor.model, parts.slice(0, -1))[parts[parts.length - 1]] = [];
  const list = getAt(editor.model, parts);
  const [min, max] = limits;
  const listKey = parts.join('.');
  return el('fieldset', { class: 'sublist', 'data-path': pathText(parts) },
    el('legend', {}, legend),
    hint ? el('p', { class: 'field-hint' }, hint) : null,
    list.map((value, i) => el('div', { class: 'row' },
      textField(editor.model, editor.changed, { parts: [...parts, i], label: t(itemKey, { number: i + 1 }), lang, maxLength: 200 }),
      toolButton('editor.remove', t(itemKey, { number: i + 1 }), () => {
        list.splice(i, 1);
        editor.structureChanged(() => document.querySelector(`[data-add="${listKey}"]`));
      }, { disabled: list.length <= min, class: 'tool danger' }))),
    el('button', { type: 'button', class: 'secondary', 'data-add': listKey, disabled: list.length >= max, on: { click: () => {
      list.push('');
      editor.structureChanged(() => document.getElementById(fieldId([...parts, list.length - 1])));
    } } }, t(addKey)));
}
