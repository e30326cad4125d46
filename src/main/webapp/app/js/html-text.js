// The text of a deck whose textFormat is "html" (docs/deck-format.md, "HTML text"): the loader only
// accepts the subset below (deck.HtmlSubset), and this page builds those elements again from the
// parsed text, one by one, never through innerHTML. Anything else (a script, an event handler, a
// javascript: or data: URL) is dropped here too, so a deck that reached the browser some other way
// still runs no code in the student's page.
const ELEMENTS = new Set(['P', 'BR', 'STRONG', 'B', 'EM', 'I', 'U', 'S', 'SUB', 'SUP', 'CODE', 'PRE', 'BLOCKQUOTE',
  'UL', 'OL', 'LI', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'A',
  'IMG', 'SPAN', 'DIV', 'HR']);
const ATTRIBUTES = {
  A: ['href', 'title'], IMG: ['src', 'alt', 'title', 'width', 'height'], TH: ['colspan', 'rowspan', 'scope'],
  TD: ['colspan', 'rowspan'], OL: ['start'],
};
const URL_SCHEMES = { href: ['http:', 'https:', 'mailto:'], src: ['http:', 'https:'] };
// Elements whose content is not text a reader should see.
const DROPPED_WITH_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'MATH']);

function safeUrl(name, value) {
  try {
    const url = new URL(value, document.baseURI);
    return URL_SCHEMES[name].includes(url.protocol) ? url.href : null;
  } catch (e) {
    return null;
  }
}

function copy(source, target) {
  for (const node of source.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      target.append(document.createTextNode(node.nodeValue));
    } else if (node.nodeType === Node.ELEMENT_NODE && !DROPPED_WITH_CONTENT.has(node.tagName)) {
      if (!ELEMENTS.has(node.tagName)) {
        copy(node, target); // unknown element: keep its text
        continue;
      }
      const element = document.createElement(node.tagName.toLowerCase());
      for (const name of ATTRIBUTES[node.tagName] || []) {
        const value = node.getAttribute(name);
        if (value === null) continue;
        const safe = URL_SCHEMES[name] ? safeUrl(name, value) : value;
        if (safe !== null) element.setAttribute(name, safe);
      }
      if (node.tagName === 'A') {
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.tagName === 'IMG') element.setAttribute('loading', 'lazy');
      copy(node, element);
      target.append(element);
    }
  }
}

/** The nodes of an HTML deck text, rebuilt from the allowed elements only. */
export function htmlNodes(html) {
  // DOMParser runs no script and loads nothing while parsing (the document is inert).
  const parsed = new DOMParser().parseFromString(String(html), 'text/html');
  const holder = document.createDocumentFragment();
  copy(parsed.body, holder);
  return holder;
}

/** The text a reader sees in an HTML deck text (for places that take plain text: a select's options). */
export function htmlText(html) {
  return new DOMParser().parseFromString(String(html), 'text/html').body.textContent || '';
}
