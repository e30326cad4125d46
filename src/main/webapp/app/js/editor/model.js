// The editor's model is the draft document itself: an object in the deck format (docs/deck-format.md)
// without its id. Every field on the page is bound to a path in it, written the way the server writes the
// paths of its deck errors ($.questions[2].options[1].text), so that an error lands on its field.

/** The format's list limits (DeckFormat, docs/deck-format.md). */
export const LIMITS = {
  options: [2, 10], concepts: [0, 6], acceptedAnswers: [1, 10], pairs: [2, 10], distractors: [0, 10], tags: [0, 10],
};

/** ['questions', 2, 'options'] -> "$.questions[2].options" */
export function pathText(parts) {
  return parts.reduce((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`), '$');
}

/** "$.questions[2].options" -> ['questions', 2, 'options'] */
export function parsePath(text) {
  const parts = [];
  const pattern = /\.([^.[\]]+)|\[(\d+)\]/g;
  let match;
  while ((match = pattern.exec(String(text).slice(1))) !== null) {
    parts.push(match[1] !== undefined ? match[1] : Number(match[2]));
  }
  return parts;
}

export function getAt(model, parts) {
  return parts.reduce((node, part) => (node === undefined || node === null ? undefined : node[part]), model);
}

/** Sets a value; undefined removes the field (the server then says the field is required). */
export function setAt(model, parts, value) {
  const parent = getAt(model, parts.slice(0, -1));
  const last = parts[parts.length - 1];
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else parent[last] = value;
}

/** An id no item of `items` has: prefix + the smallest free number (c1, c2…; option ids a…z). */
export function freshId(items, prefix) {
  const taken = new Set((items || []).map((item) => item && item.id));
  if (prefix === '') {
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') if (!taken.has(letter)) return letter;
  }
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newCard(cards) {
  return { id: freshId(cards, 'c'), prompt: '', answer: '', level: 'beginner' };
}

export function newExplainPrompt(prompts) {
  return { id: freshId(prompts, 'e'), prompt: '', hint: '', keyConcepts: ['', ''] };
}

/** Moves item `from` of `list` to position `to`; false when either is out of the list. */
export function move(list, from, to) {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return false;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return true;
}

/** The document's arrays, created when a document lacks them, so that items can be added. */
export function ensureLists(model) {
  for (const name of ['cards', 'questions', 'explainPrompts']) {
    if (!Array.isArray(model[name])) model[name] = [];
  }
  return model;
}

/** A number field's value for the model: an integer when it is one, else the text (the server names the problem). */
export function numberValue(text) {
  const trimmed = String(text).trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A decimal field's value (numeric questions): a number for "9.81" or "9,81", else the text as typed. */
export function decimalValue(text) {
  const trimmed = String(text).trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed) && Number.isFinite(Number(trimmed))
    ? Number(trimmed) : String(text).trim();
}
