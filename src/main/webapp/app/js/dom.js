// Builds elements from data. Text always goes in through textContent (never innerHTML), so a course
// title or a card holding "<script>" is shown as text and never run.

/**
 * el('p', {class: 'x', 'aria-live': 'polite'}, 'text', child, ...)
 * Attribute values true/false/null: true sets an empty attribute, false and null leave it out.
 * `on` takes {click: fn}; `text` sets textContent; `lang` marks deck text in the deck's language.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces the content of `node`. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}
