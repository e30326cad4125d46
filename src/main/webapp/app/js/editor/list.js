// A list of deck items (cards, questions, explain prompts) that the teacher reorders by keyboard ("Move up",
// "Move down": real buttons) or by dragging an item's handle (HTML drag and drop, for a mouse). Every move
// is announced with the item's new position, and the focus stays on the moved item.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { announce } from '../ui.js';
import { getAt, move, pathText } from './model.js';
import { toolButton } from './fields.js';

let dragging = null;

/**
 * editor: {model, structureChanged(focus)}; options: {parts (the list's path), noun (i18n key of one item,
 * e.g. 'editor.card'), body(item, index, parts) -> nodes, preview(item) | null, create(list) -> new item,
 * addKey}
 */
export function itemList(editor, options) {
  const { parts, noun, body, preview, create, addKey } = options;
  const list = getAt(editor.model, parts);
  const listKey = parts.join('.');
  // The same button on the moved item, or its heading when that button is now disabled (first or last).
  const focusItem = (index, action) => () => {
    const item = document.querySelector(`[data-list="${listKey}"] > li:nth-child(${index + 1})`);
    const button = item?.querySelector(`[data-action="${action}"]`);
    return button && !button.disabled ? button : item?.querySelector('h3');
  };

  function moveItem(from, to, action) {
    if (!move(list, from, to)) return;
    editor.structureChanged(focusItem(to, action));
    announce(t('editor.moved', { item: t(noun, { number: from + 1 }), position: to + 1, total: list.length }));
  }

  const items = list.map((item, index) => {
    const itemParts = [...parts, index];
    const name = t(noun, { number: index + 1 });
    const headingId = `h-${itemParts.join('-')}`;
    const handle = el('span', { class: 'drag-handle', draggable: 'true', 'aria-hidden': 'true', title: t('editor.drag') }, '⠿');
    handle.addEventListener('dragstart', (event) => {
      dragging = { listKey, index };
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', name);
      event.dataTransfer.setDragImage(handle.closest('li'), 16, 16);
    });
    handle.addEventListener('dragend', () => { dragging = null; clearDropMarks(); });
    const li = el('li', { class: 'item', 'data-path': pathText(itemParts), 'aria-labelledby': headingId },
      el('div', { class: 'item-head' },
        handle,
        el('h3', { id: headingId, tabindex: '-1' }, name),
        el('div', { class: 'item-tools' },
          toolButton('editor.moveUp', name, () => moveItem(index, index - 1, 'up'),
            { 'data-action': 'up', disabled: index === 0 }),
          toolButton('editor.moveDown', name, () => moveItem(index, index + 1, 'down'),
            { 'data-action': 'down', disabled: index === list.length - 1 }),
          preview ? toolButton('editor.preview', name, (event) => preview(item, event.currentTarget, name), { 'data-action': 'preview' }) : null,
          toolButton('editor.delete', name, () => {
            const [removed] = list.splice(index, 1);
            editor.structureChanged(() => document.querySelector(`[data-add="${listKey}"]`));
            editor.offerUndo(t('editor.deleted', { item: name }), () => {
              list.splice(index, 0, removed);
              editor.structureChanged(focusItem(index, 'up'));
            }, listKey);
          }, { 'data-action': 'delete', class: 'tool danger' }))),
      el('p', { class: 'field-error item-error', hidden: true }),
      body(item, index, itemParts));
    li.addEventListener('dragover', (event) => {
      if (!dragging || dragging.listKey !== listKey) return;
      event.preventDefault();
      clearDropMarks();
      li.classList.add(after(event, li) ? 'drop-after' : 'drop-before');
    });
    li.addEventListener('drop', (event) => {
      if (!dragging || dragging.listKey !== listKey) return;
      event.preventDefault();
      const from = dragging.index;
      let to = after(event, li) ? index + 1 : index;
      if (from < to) to -= 1;
      dragging = null;
      clearDropMarks();
      moveItem(from, to, 'up');
    });
    return li;
  });

  const add = el('button', { type: 'button', class: 'secondary', 'data-add': listKey, on: { click: () => {
    list.push(create(list));
    editor.structureChanged(() => document.querySelector(
      `[data-list="${listKey}"] > li:last-child textarea, [data-list="${listKey}"] > li:last-child input`));
  } } }, t(addKey));
  return [
    el('ol', { class: 'items', 'data-list': listKey, 'data-path': pathText(parts) }, items),
    el('div', { class: 'actions' }, add),
  ];
}

function after(event, li) {
  const box = li.getBoundingClientRect();
  return event.clientY > box.top + box.height / 2;
}

function clearDropMarks() {
  document.querySelectorAll('.drop-before, .drop-after').forEach((node) => node.classList.remove('drop-before', 'drop-after'));
}
