// The question types the editor writes, each with its own fields: the key (which answers are right)
// always sits next to what the student will see. A type's convert() reshapes a question switched to it,
// keeping the prompt, the explanation and whatever else still fits.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { textField, toolButton, fieldId } from './fields.js';
import { freshId, pathText, LIMITS } from './model.js';

const letter = (i) => String.fromCharCode(65 + i);

function options(editor, question, parts, { multiple }) {
  const list = question.options;
  const [min, max] = LIMITS.options;
  const listKey = [...parts, 'options'].join('.');
  const group = `correct-${parts.join('-')}`;
  const keyPath = [...parts, multiple ? 'correctOptionIds' : 'correctOptionId'];
  return el('fieldset', { class: 'sublist options', 'data-path': pathText([...parts, 'options']) },
    el('legend', {}, t(multiple ? 'editor.question.optionsMultiple' : 'editor.question.options')),
    el('p', { class: 'field-error', 'data-path': pathText(keyPath), hidden: true }),
    list.map((option, i) => {
      const name = t('editor.question.option', { letter: letter(i) });
      const radioId = `${fieldId([...parts, 'options', i])}-correct`;
      const correct = el('input', {
        type: multiple ? 'checkbox' : 'radio', name: group, id: radioId, value: option.id,
        checked: multiple ? (question.correctOptionIds || []).includes(option.id) : question.correctOptionId === option.id,
        on: { change: () => {
          if (multiple) {
            const chosen = new Set(question.correctOptionIds || []);
            if (correct.checked) chosen.add(option.id); else chosen.delete(option.id);
            question.correctOptionIds = list.map((o) => o.id).filter((id) => chosen.has(id));
          } else {
            question.correctOptionId = option.id;
          }
          editor.changed();
        } },
      });
      return el('div', { class: 'row option-row' },
        textField(editor.model, editor.changed, { parts: [...parts, 'options', i, 'text'], label: name, lang: editor.model.language }),
        el('div', { class: 'option-tools' },
          el('div', { class: 'correct' }, correct,
            el('label', { for: radioId }, t('editor.question.correct'), el('span', { class: 'visually-hidden' }, `: ${name}`))),
          toolButton('editor.remove', name, () => {
            list.splice(i, 1);
            if (question.correctOptionId === option.id) delete question.correctOptionId;
            if (question.correctOptionIds) question.correctOptionIds = question.correctOptionIds.filter((id) => id !== option.id);
            editor.structureChanged(() => document.querySelector(`[data-add="${listKey}"]`));
          }, { disabled: list.length <= min, class: 'tool danger' })));
    }),
    el('button', { type: 'button', class: 'secondary', 'data-add': listKey, disabled: list.length >= max, on: { click: () => {
      list.push({ id: freshId(list, ''), text: '' });
      editor.structureChanged(() => document.getElementById(fieldId([...parts, 'options', list.length - 1, 'text'])));
    } } }, t('editor.question.addOption')));
}

function ensureOptions(question) {
  if (!Array.isArray(question.options) || question.options.length < 2) {
    question.options = [{ id: 'a', text: '' }, { id: 'b', text: '' }];
  }
}

/** Each type: its label, its fields, how a question becomes one, and its key in words (for the preview). */
export const QUESTION_TYPES = {
  single: {
    labelKey: 'editor.type.single',
    body: (editor, question, parts) => options(editor, question, parts, { multiple: false }),
    convert(question) {
      delete question.type;
      ensureOptions(question);
    },
    key: (question) => (question.options || []).filter((o) => o.id === question.correctOptionId).map((o) => o.text),
  },
};

/** A question's type code; a question without "type" is single choice (the format's first type). */
export function typeOf(question) {
  return question.type && QUESTION_TYPES[question.type] ? question.type : 'single';
}

export function newQuestion(questions) {
  return { id: freshId(questions, 'q'), prompt: '', options: [{ id: 'a', text: '' }, { id: 'b', text: '' }],
    correctOptionId: 'a', explanation: '' };
}
