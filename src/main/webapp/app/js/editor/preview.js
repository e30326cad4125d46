// "Preview": one item as a student sees it, drawn by the study page's own pieces (the flip card of ui.js,
// the quiz's question fieldset), in a modal dialog. The answer key of a question is shown under it,
// marked as what students see only after submitting.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { flipCard, deckText } from '../ui.js';
import { questionFieldset } from '../modes/quiz.js';
import { QUESTION_TYPES, typeOf } from './question-types.js';

export function previewer(dialog, model) {
  const title = dialog.querySelector('#preview-title');
  const body = dialog.querySelector('#preview-body');
  let opener = null;
  dialog.querySelector('[data-action="close-preview"]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener?.focus());

  function open(name, ...content) {
    title.textContent = t('editor.previewOf', { item: name });
    fill(body, ...content);
    dialog.showModal();
  }

  const deck = () => ({ language: model.language || null });
  return {
    card(card, button, name) {
      opener = button;
      open(name, flipCard(deck(), card, () => undefined));
    },
    question(question, button, name) {
      opener = button;
      const key = QUESTION_TYPES[typeOf(question)].key(question);
      open(name,
        el('form', { class: 'quiz', novalidate: true, on: { submit: (event) => event.preventDefault() } },
          questionFieldset(deck(), question, 0, 1, undefined, () => undefined)),
        el('div', { class: 'notice key' },
          el('p', {}, el('strong', {}, t('editor.preview.key')), ' ', deckText('span', deck(), key.join(' · ') || '—')),
          question.explanation ? deckText('p', deck(), question.explanation, { class: 'explanation' }) : null,
          el('p', { class: 'muted' }, t('editor.preview.keyHidden'))));
    },
    explain(prompt, button, name) {
      opener = button;
      open(name,
        deckText('h3', deck(), prompt.prompt || '—', { class: 'prompt' }),
        prompt.hint ? el('div', { class: 'hint' }, el('p', {}, t('explain.showHint')), deckText('p', deck(), prompt.hint)) : null,
        el('fieldset', { class: 'checklist' }, el('legend', {}, t('explain.tickConcepts')),
          el('ul', {}, (prompt.keyConcepts || []).map((concept) => deckText('li', deck(), concept)))));
    },
  };
}
