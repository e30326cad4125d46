// The editing form of each kind of deck item: cards (front, back, level), questions (by type, see
// question-types.js) and explain prompts (prompt, hint, key concepts); cards and questions also carry
// an optional section and tags (what Moodle categories and Anki tags become).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { textField, selectField, fieldId, stringList, richHint } from './fields.js';
import { pathText, LIMITS } from './model.js';
import { QUESTION_TYPES, typeOf } from './question-types.js';

export const LEVELS = ['beginner', 'intermediate', 'advanced'];

function placement(editor, parts) {
  return el('div', { class: 'placement' },
    textField(editor.model, editor.changed, { parts: [...parts, 'section'], label: t('editor.item.section'), optional: true,
      maxLength: 200 }),
    textField(editor.model, editor.changed, { parts: [...parts, 'tags'], label: t('editor.item.tags'), optional: true,
      list: true, hint: t('editor.item.tagsHint') }));
}

export function cardBody(editor, card, index, parts) {
  const lang = editor.model.language;
  const hint = richHint(editor);
  return [
    textField(editor.model, editor.changed, { parts: [...parts, 'prompt'], label: t('editor.card.front'), multiline: true, rows: 2, lang, hint }),
    textField(editor.model, editor.changed, { parts: [...parts, 'answer'], label: t('editor.card.back'), multiline: true, lang, hint }),
    selectField(editor.model, editor.changed, {
      parts: [...parts, 'level'], label: t('editor.card.level'),
      choices: LEVELS.map((level) => [level, t(`level.${level}`)]),
    }),
    placement(editor, parts),
  ];
}

export function questionBody(editor, question, index, parts) {
  const type = typeOf(question);
  const id = fieldId([...parts, 'type']);
  const typeSelect = el('select', { id, 'data-path': pathText([...parts, 'type']), 'data-action': 'type' },
    Object.entries(QUESTION_TYPES).map(([code, spec]) => el('option', { value: code }, t(spec.labelKey))));
  typeSelect.value = type;
  typeSelect.addEventListener('change', () => {
    QUESTION_TYPES[typeSelect.value].convert(question, typeSelect.value);
    editor.structureChanged(() => document.getElementById(id));
  });
  const lang = editor.model.language;
  const hint = richHint(editor);
  return [
    el('div', { class: 'field' }, el('label', { for: id }, t('editor.question.type')), typeSelect),
    textField(editor.model, editor.changed, { parts: [...parts, 'prompt'], label: t(QUESTION_TYPES[type].promptKey || 'editor.question.prompt'),
      multiline: true, rows: 2, lang, hint }),
    QUESTION_TYPES[type].body(editor, question, parts),
    textField(editor.model, editor.changed, {
      parts: [...parts, 'explanation'], label: t('editor.question.explanation'), multiline: true, lang, optional: true,
      hint: t('editor.question.explanationHint'),
    }),
    placement(editor, parts),
  ];
}

export function explainBody(editor, prompt, index, parts) {
  const lang = editor.model.language;
  const hint = richHint(editor);
  return [
    textField(editor.model, editor.changed, { parts: [...parts, 'prompt'], label: t('editor.explain.prompt'), multiline: true, rows: 2, lang, hint }),
    textField(editor.model, editor.changed, { parts: [...parts, 'hint'], label: t('editor.explain.hint'), multiline: true, rows: 2, lang, optional: true }),
    stringList(editor, {
      parts: [...parts, 'keyConcepts'], legend: t('editor.explain.concepts'), itemKey: 'editor.explain.concept',
      addKey: 'editor.explain.addConcept', limits: LIMITS.concepts, lang, hint: t('editor.explain.conceptsHint'),
    }),
  ];
}
