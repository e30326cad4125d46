// The deck editor (instructors): the draft's document as a form, saved on the server as the teacher types
// (autosave.js), with the server's deck errors on their fields (errors.js), items reordered by keyboard or
// drag (list.js), a student-view preview of any item (preview.js), and "Publish", which stores the draft as
// the deck's next version. Reached from the deep linking picker and the teaching view (?from=picker|teach).
// Deck text is set as values and text, never as HTML.
import { api, sessionToken } from './session-token.js';
import { useLocale, t, formatDate } from './i18n.js';
import { reportFrameHeight } from './frame-resize.js';
import { el, fill } from './dom.js';
import { announce } from './ui.js';
import { ensureLists, newCard, newExplainPrompt } from './editor/model.js';
import { textField, selectField } from './editor/fields.js';
import { itemList } from './editor/list.js';
import { cardBody, questionBody, explainBody } from './editor/items.js';
import { newQuestion } from './editor/question-types.js';
import { showErrors } from './editor/errors.js';
import { autosave } from './editor/autosave.js';
import { recover, forget } from './editor/backup.js';
import { previewer } from './editor/preview.js';
import { openDraft } from './editor/start.js';
import { backLinks, publishedLinks, personName } from './editor/links.js';

const params = new URLSearchParams(window.location.search);
const from = ['picker', 'teach'].includes(params.get('from')) ? params.get('from') : null;
const $ = (id) => document.getElementById(id);
let draft;
let model;
let saver;
let errors = [];

function say(text) {
  $('message').textContent = text;
  $('message').hidden = false;
  $('message').focus();
}

const editor = {
  changed: () => saver.changed(),
  structureChanged(focus) {
    render();
    saver.changed();
    focus?.()?.focus();
  },
  /** After a deletion: "Undo" next to the list's add button, until the next change of the form's shape. */
  offerUndo(message, restore, listKey) {
    const undo = el('button', { type: 'button', class: 'link-button', 'data-action': 'undo', on: { click: () => {
      restore();
      announce(t('editor.restored'));
    } } }, t('editor.undo'));
    document.querySelector(`[data-add="${listKey}"]`).after(el('span', { class: 'undo' }, message, ' ', undo));
    announce(message);
  },
};

function render() {
  const preview = previewer($('preview'), model);
  const update = () => { saver.changed(); showTitle(); };
  fill($('deck-form'),
    el('section', { 'aria-labelledby': 'details-h' },
      el('h2', { id: 'details-h' }, t('editor.details')),
      textField(model, update, { parts: ['title'], label: t('editor.deck.title'), maxLength: 2000 }),
      textField(model, editor.changed, { parts: ['description'], label: t('editor.deck.description'), multiline: true, rows: 2, optional: true }),
      textField(model, editor.changed, { parts: ['estimatedMinutes'], label: t('editor.deck.minutes'), number: 'integer' }),
      textField(model, editor.changed, { parts: ['language'], label: t('editor.deck.language'), hint: t('editor.deck.languageHint') }),
      selectField(model, () => editor.structureChanged(() => $('f-textFormat')), {
        parts: ['textFormat'], label: t('editor.deck.textFormat'), hint: t('editor.deck.textFormatHint'),
        choices: [['plain', t('editor.deck.textFormat.plain')], ['html', t('editor.deck.textFormat.html')]],
      })),
    section('cards', 'editor.cards', { noun: 'editor.card', body: cardBody, create: newCard, addKey: 'editor.addCard',
      preview: (item, button, name) => preview.card(item, button, name) }),
    section('questions', 'editor.questions', { noun: 'editor.questionItem', body: questionBody, create: newQuestion,
      addKey: 'editor.addQuestion', preview: (item, button, name) => preview.question(item, button, name) }),
    section('explainPrompts', 'editor.explainPrompts', { noun: 'editor.explainItem', body: explainBody,
      create: newExplainPrompt, addKey: 'editor.addExplain', preview: (item, button, name) => preview.explain(item, button, name) }));
  // Indices moved: the errors of the last save no longer name the right fields; the next save's will.
  showErrors($('deck-form'), $('problems'), []);
}

function section(name, titleKey, options) {
  const count = model[name].length;
  return el('section', { 'aria-labelledby': `${name}-h`, id: `section-${name}` },
    el('h2', { id: `${name}-h` }, t(titleKey), ' ', el('span', { class: 'count' }, `(${count})`)),
    itemList({ ...editor, model }, {
      ...options, parts: [name], body: (item, index, parts) => options.body({ ...editor, model }, item, index, parts),
    }));
}

function showTitle() {
  const title = typeof model.title === 'string' && model.title.trim() ? model.title : t('editor.untitled');
  document.title = `${t('editor.title')} · ${title}`;
  $('draft-line').textContent = t(draft.deckId ? 'editor.line.version' : 'editor.line.new', {
    title, version: (draft.baseVersion || 0) + 1, by: personName(draft.createdBy), date: formatDate(draft.createdAt),
  });
}

function saveState(state, body) {
  const status = $('save-status');
  const problem = $('save-problem');
  problem.hidden = !['failed', 'conflict', 'expired'].includes(state);
  if (state === 'saved') status.textContent = t('editor.saved', { time: new Date(body.updatedAt).toLocaleTimeString() });
  if (state === 'saving') status.textContent = t('editor.saving');
  if (state === 'pending') status.textContent = t('editor.pending');
  if (state === 'failed') problem.textContent = t('editor.saveFailed');
  if (state === 'expired') problem.textContent = t('editor.expired');
  if (state === 'conflict') {
    fill(problem, body?.error || t('editor.conflict'), ' ',
      el('button', { type: 'button', class: 'link-button', on: { click: () => window.location.reload() } }, t('editor.reload')));
  }
  document.body.dataset.save = state;
}

function saved(body) {
  errors = body.errors;
  showErrors($('deck-form'), $('problems'), errors);
}

function showVersions() {
  $('versions').hidden = !draft.versions.length;
  fill($('version-list'), draft.versions.map((v) => el('li', {}, t(v.status === 'RETIRED' ? 'editor.versions.retired' : 'editor.versions.line', {
    version: v.version, by: personName(v.createdBy), date: formatDate(v.createdAt),
  }))));
}

async function publish(asNewDeck = false) {
  $('message').hidden = true;
  if (!await saver.flush()) {
    say(t('editor.cannotPublishUnsaved'));
    return;
  }
  if (errors.length) {
    $('problems').focus();
    announce(t('editor.fixFirst'));
    return;
  }
  $('publish').disabled = true;
  const answer = await api(`/api/instructor/drafts/${draft.id}/publish`, { method: 'POST', body: { revision: saver.revision(), asNewDeck } });
  $('publish').disabled = false;
  if (answer.status === 201) {
    saver.stop();
    forget(draft.id);
    $('editor').hidden = true;
    $('published-text').textContent = t('editor.published.text', { version: answer.body.version, title: answer.body.title });
    fill($('published-links'), publishedLinks(from, answer.body.deck).map((link) => el('li', {}, link)));
    $('published').hidden = false;
    $('published').focus();
    document.body.dataset.published = answer.body.deck;
  } else if (answer.status === 400 && answer.body?.errors) {
    saved({ errors: answer.body.errors });
    $('problems').focus();
  } else if (answer.status === 409 && answer.body?.field === 'asNewDeck') {
    say(answer.body.error);
    $('message').append(' ', el('button', { type: 'button', on: { click: () => publish(true) } }, t('editor.publishAsNew')));
  } else {
    say(answer.body?.error || t('error.unexpected'));
  }
}

async function discard() {
  saver.stop();
  const answer = await api(`/api/instructor/drafts/${draft.id}`, { method: 'DELETE' });
  if (answer.status !== 204) {
    say(answer.body?.error || t('error.unexpected'));
    return;
  }
  forget(draft.id);
  $('editor').hidden = true;
  $('published-h').textContent = t('editor.discarded');
  $('published-text').textContent = t('editor.discardedText');
  fill($('published-links'), publishedLinks(from, null).map((link) => el('li', {}, link)));
  $('published').hidden = false;
  $('published').focus();
}

function wireButtons() {
  $('publish').addEventListener('click', () => publish(false));
  $('discard').addEventListener('click', () => { $('discard-confirm').hidden = false; $('discard-no').focus(); });
  $('discard-no').addEventListener('click', () => { $('discard-confirm').hidden = true; $('discard').focus(); });
  $('discard-yes').addEventListener('click', discard);
}

async function start() {
  reportFrameHeight();
  if (!sessionToken()) {
    await useLocale(navigator.language);
    say(t('error.noSession'));
    return;
  }
  const overview = await api('/api/instructor/drafts');
  await useLocale(overview.body?.locale || navigator.language);
  fill($('back-links'), backLinks(from).map((link) => el('li', {}, link)));
  $('loading').hidden = true;
  if (overview.status !== 200) {
    say(overview.body?.error || t('editor.cannotOpen'));
    return;
  }
  const { answer, notice } = await openDraft(params);
  if (answer.status !== 200 && answer.status !== 201) {
    say(answer.body?.error || t('editor.cannotOpen'));
    return;
  }
  draft = answer.body;
  history.replaceState(null, '', `editor.html?draft=${draft.id}${from ? `&from=${from}` : ''}`);
  const unsaved = recover(draft.id, draft.revision, draft.document);
  model = ensureLists(structuredClone(unsaved || draft.document));
  saver = autosave({ draftId: draft.id, revision: draft.revision, snapshot: () => model, onSaved: saved, onState: saveState });
  const noticeKey = unsaved ? 'editor.notice.recovered' : notice;
  if (noticeKey) {
    $('notice').textContent = t(noticeKey, { date: formatDate(draft.updatedAt), by: personName(draft.updatedBy) });
    $('notice').hidden = false;
  }
  render();
  showTitle();
  showVersions();
  saved({ errors: draft.errors });
  saveState('saved', draft);
  wireButtons();
  $('editor').hidden = false;
  if (unsaved) saver.changed();
  document.body.dataset.ready = 'true';
}

start().catch(() => say(t('error.unexpected')));
