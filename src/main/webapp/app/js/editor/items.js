// The editing form of each kind of deck item: cards (front, back, level), questions (by type, see
// question-types.js) and explain prompts (prompt, hint, key concepts).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { textField, selectField, toolButton, fieldId } from './fields.js';
import { getAt, pathText, LIMITS } from './model.js';
import { QUESTION_TYPES, typeOf } from './question-types.js';

export const LEVELS = ['beginner', 'intermediate', 'advanced'];

export function cardBody(editor, card, index, parts) {
  const lang = editor.model.language;
  return [
    textField(editor.model, editor.changed, { parts: [...parts, 'prompt'], label: t('editor.card.front'), multiline: true, rows: 2, lang }),
    textField(editor.model, editor.changed, { parts: [...parts, 'answer'], label: t('editor.card.back'), multiline: true, lang }),
    selectField(editor.model, editor.changed, {
      parts: [...parts, 'level'], label: t('editor.card.level'),
      choices: LEVELS.map((level) => [level, t(`level.${level}`)]),
    }),
  ];
}

export function questionBody(editor, question, index, parts) {
  const type = typeOf(question);
  const id = fieldId([...parts, 'type']);
  const typeSelect = el('select', { id, 'data-action': 'type' },
    Object.entries(QUESTION_TYPES).map(([code, spec]) => el('option', { value: code }, t(spec.labelKey))));
  typeSelect.value = type;
  typeSelect.addEventListener('change', () => {
    QUESTION_TYPES[typeSelect.value].convert(question);
    editor.structureChanged(() => document.getElementById(id));
  });
  const lang = editor.model.language;
  return [
    el('div', { class: 'field' }, el('label', { for: id }, t('editor.question.type')), typeSelect),
    textField(editor.model, editor.changed, { parts: [...parts, 'prompt'], label: t('editor.question.prompt'), multiline: true, rows: 2, lang }),
    QUESTION_TYPES[type].body(editor, question, parts),
    textField(editor.model, editor.changed, {
      parts: [...parts, 'explanation'], label: t('editor.question.explanation'), multiline: true, lang,
      hint: t('editor.question.explanationHint'),
    }),
  ];
}

export function explainBody(editor, prompt, index, parts) {
  const lang = editor.model.language;
  return [
    textField(editor.model, editor.changed, { parts: [...parts, 'prompt'], label: t('editor.explain.prompt'), multiline: true, rows: 2, lang }),
    textField(editor.model, editor.changed, { parts: [...parts, 'hint'], label: t('editor.explain.hint'), multiline: true, rows: 2, lang }),
    stringList(editor, {
      parts: [...parts, 'keyConcepts'], legend: t('editor.explain.concepts'), itemKey: 'editor.explain.concept',
      addKey: 'editor.explain.addConcept', limits: LIMITS.concepts, lang,
    }),
  ];
}

/** A fieldset of short texts (key concepts): one input each, remove buttons, an add button up to the limit. */
export function stringList(editor, { parts, legend, itemKey, addKey, limits, lang }) {
  const list = getAt(editor.model, parts);
  const [min, max] = limits;
  const listKey = parts.join('.');
  return el('fieldset', { class: 'sublist', 'data-path': pathText(parts) },
    el('legend', {}, legend),
    list.map((value, i) => el('div', { class: 'row' },
      textField(editor.model, editor.changed, { parts: [...parts, i], label: t(itemKey, { number: i + 1 }), lang }),
      toolButton('editor.remove', t(itemKey, { number: i + 1 }), () => {
        list.splice(i, 1);
        editor.structureChanged(() => document.querySelector(`[data-add="${listKey}"]`));
      }, { disabled: list.length <= min, class: 'tool danger' }))),
    el('button', { type: 'button', class: 'secondary', 'data-add': listKey, disabled: list.length >= max, on: { click: () => {
      list.push('');
      editor.structureChanged(() => document.getElementById(fieldId([...parts, list.length - 1])));
    } } }, t(addKey)));
}
