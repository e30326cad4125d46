// "Preview": one item as a student sees it, drawn by the study page's own pieces (the flip card of ui.js,
// the quiz's inputs of question-inputs.js, the explain prompt's layout), in a modal dialog. A question is
// shown as the study API serves it (no key); its key follows, marked as what students see only after
// submitting.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { flipCard, deckText } from '../ui.js';
import { questionFieldset } from '../modes/question-inputs.js';
import { QUESTION_TYPES, typeOf, publicQuestion } from './question-types.js';

export function previewer(dialog, model) {
  const title = dialog.querySelector('#preview-title');
  const body = dialog.querySelector('#preview-body');
  let opener = null;
  dialog.querySelector('[data-action="close-preview"]').onclick = () => dialog.close();
  dialog.onclose = () => opener?.focus();

  function open(button, name, ...content) {
    opener = button;
    title.textContent = t('editor.previewOf', { item: name });
    fill(body, ...content);
    dialog.showModal();
  }

  const deck = () => ({ language: model.language || null, textFormat: model.textFormat || 'plain' });
  const text = (tag, value, attrs) => deckText(tag, deck(), value || '—', attrs);
  return {
    card(card, button, name) {
      open(button, name, flipCard(deck(), card, () => undefined));
    },
    question(question, button, name) {
      const key = QUESTION_TYPES[typeOf(question)].key(question);
      open(button, name,
        el('form', { class: 'quiz', novalidate: true, on: { submit: (event) => event.preventDefault() } },
          questionFieldset(deck(), publicQuestion(question), 0, 1, undefined, () => undefined)),
        el('div', { class: 'notice key' },
          el('p', {}, el('strong', {}, t('editor.preview.key'))),
          el('ul', { 'data-key': '' }, key.length ? key.map((part) => el('li', {},
            part.rich !== undefined ? text('span', part.rich) : null, part.plain !== undefined ? part.plain : null)) : el('li', {}, '—')),
          question.explanation ? text('p', question.explanation, { class: 'explanation' }) : null,
          el('p', { class: 'muted' }, t('editor.preview.keyHidden'))));
    },
    explain(prompt, button, name) {
      open(button, name,
        text('h3', prompt.prompt, { class: 'prompt' }),
        prompt.hint ? el('div', { class: 'hint' }, el('p', {}, el('strong', {}, t('explain.showHint'))), text('div', prompt.hint)) : null,
        (prompt.keyConcepts || []).length ? el('div', { class: 'checklist' }, el('p', {}, t('explain.tickConcepts')),
          el('ul', {}, prompt.keyConcepts.map((concept) => el('li', { lang: model.language || null }, concept)))) : null);
    },
  };
}
