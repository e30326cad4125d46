// Mode 3, Explain: a prompt, a hint on demand, the student's own words, then the key concepts as a
// checklist the student ticks ("You covered N/4 concepts"). Self-assessed, stored, not graded.
// The resume state is the prompt the student was on.
import { el, fill } from '../dom.js';
import { t } from '../i18n.js';
import { modePage, actions, button, announce, errorBox, deckText } from '../ui.js';

const MODE = 'explain';

export async function show({ runtime, deck, main }) {
  const prompts = deck.explainPrompts || [];
  const body = el('div', { class: 'mode-body' });
  modePage(main, 'mode.explain.title', body);
  if (!prompts.length) {
    fill(body, el('p', {}, t('explain.none')));
    return;
  }
  const [progress, stored] = await Promise.all([
    runtime.getProgress(MODE).catch(() => ({})),
    runtime.explainAnswers().catch(() => ({ answers: {} })),
  ]);
  const answers = stored.answers || {};
  let index = Number.isInteger(progress.index) && progress.index < prompts.length ? progress.index : 0;

  function render(focus) {
    const prompt = prompts[index];
    const saved = answers[prompt.id] || { text: '', concepts: [] };
    const hintId = `hint-${prompt.id}`;
    // An essay imported from Moodle or GIFT has no hint and no key concepts: the student writes and saves.
    const hint = prompt.hint ? deckText('p', deck, prompt.hint, { id: hintId, class: 'hint', hidden: true }) : null;
    const withConcepts = prompt.keyConcepts.length > 0;
    const hintButton = el('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': hintId },
      t('explain.showHint'));
    hintButton.addEventListener('click', () => {
      hint.hidden = !hint.hidden;
      hintButton.setAttribute('aria-expanded', String(!hint.hidden));
      hintButton.textContent = t(hint.hidden ? 'explain.showHint' : 'explain.hideHint');
    });
    const textarea = el('textarea', { id: 'explain-text', rows: 6, maxlength: 10000, 'aria-describedby': hint ? hintId : null });
    textarea.value = saved.text || '';
    const checklist = el('div', { class: 'checklist-area' });
    const status = el('div', { class: 'feedback' });

    const concepts = new Set(saved.concepts || []);
    const countLine = el('p', { class: 'concept-count', 'aria-live': 'polite', 'data-count': '' });
    const showCount = () => {
      countLine.textContent = t('explain.covered', { count: concepts.size, total: prompt.keyConcepts.length });
    };
    function showChecklist(moveFocus) {
      const legend = el('legend', {}, t('explain.tickConcepts'));
      fill(checklist, el('fieldset', { class: 'checklist' }, legend,
        prompt.keyConcepts.map((concept, i) => {
          const id = `concept-${prompt.id}-${i}`;
          return el('div', { class: 'option' },
            el('input', {
              type: 'checkbox', id, checked: concepts.has(i), 'data-concept': i,
              on: { change: (event) => { if (event.target.checked) concepts.add(i); else concepts.delete(i); showCount(); } },
            }),
            el('label', { for: id, lang: deck.language || null }, concept));
        })), countLine,
      actions(button('explain.save', save, { class: 'primary', 'data-action': 'save' })));
      showCount();
      if (moveFocus) checklist.querySelector('input').focus();
    }
    async function save() {
      const answer = { text: textarea.value, concepts: [...concepts].sort((a, b) => a - b) };
      try {
        await runtime.saveExplain(prompt.id, answer.text, answer.concepts);
      } catch (error) {
        status.replaceChildren(errorBox(error));
        return;
      }
      answers[prompt.id] = answer;
      const message = withConcepts ? t('explain.saved', { count: concepts.size, total: prompt.keyConcepts.length })
        : t('explain.savedText');
      status.replaceChildren(el('p', { class: 'notice success', 'data-saved': '' }, message));
      announce(message);
    }

    fill(body,
      el('p', { class: 'muted' }, t('explain.promptOf', { number: index + 1, total: prompts.length })),
      deckText('h3', deck, prompt.prompt, { class: 'prompt', tabindex: '-1', id: 'explain-prompt' }),
      hint ? actions(hintButton) : null, hint,
      el('label', { for: 'explain-text' }, t('explain.yourAnswer')),
      textarea,
      withConcepts ? actions(button('explain.check', () => showChecklist(true), { 'data-action': 'check' }))
        : actions(button('explain.save', save, { class: 'primary', 'data-action': 'save' })),
      checklist, status,
      el('nav', { class: 'pager', 'aria-label': t('explain.pager') },
        index > 0 ? button('explain.previous', () => go(index - 1), { class: 'secondary' }) : null,
        index < prompts.length - 1 ? button('explain.next', () => go(index + 1), { class: 'secondary', 'data-action': 'next' }) : null));
    if (withConcepts && (saved.text || concepts.size)) showChecklist(false);
    if (focus) body.querySelector('#explain-prompt').focus();
  }

  function go(next) {
    index = next;
    runtime.putProgress(MODE, { index }).catch(() => undefined);
    render(true);
  }

  render(false);
}
