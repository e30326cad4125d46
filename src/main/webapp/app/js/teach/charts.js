// Inline SVG bar charts (no chart service, no CDN). Each chart is role="img" with a <title>, and the
// same numbers follow in a table for screen readers and for anyone who wants the exact values.
import { t } from '../i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
let counter = 0;

function svg(name, attributes = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * bars: [{label, value}], values from 0 to max. Draws vertical bars with their labels and values,
 * then a table with columns [labelHeader, valueHeader].
 */
export function barChart(container, { title, bars, max, unit = '', labelHeader, valueHeader }) {
  container.replaceChildren();
  const id = `chart-title-${++counter}`;
  const width = Math.max(320, bars.length * 48 + 40);
  const height = 200;
  const top = 16;
  const bottom = 40;
  const plot = height - top - bottom;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': id, focusable: 'false' });
  chart.append(svg('title', { id }, title));
  chart.append(svg('line', { class: 'axis', x1: 30, y1: top + plot, x2: width - 5, y2: top + plot }));
  const step = (width - 40) / Math.max(1, bars.length);
  bars.forEach((bar, i) => {
    const h = max > 0 ? Math.round((plot * Math.min(bar.value, max)) / max) : 0;
    const x = 35 + i * step;
    const w = Math.max(6, step * 0.6);
    chart.append(svg('rect', { class: 'bar', x, y: top + plot - h, width: w, height: h, 'data-value': bar.value }));
    chart.append(svg('text', { x: x + w / 2, y: top + plot - h - 3, 'text-anchor': 'middle' }, `${bar.value}${unit}`));
    chart.append(svg('text', { x: x + w / 2, y: top + plot + 14, 'text-anchor': 'middle' }, bar.short || bar.label));
  });
  container.append(chart);
  container.append(dataTable(title, [labelHeader, valueHeader], bars.map((b) => [b.label, `${b.value}${unit}`])));
}

/** A table with a caption and column headers (scope=col); the first cell of each row is its header (scope=row). */
export function dataTable(caption, headers, rows) {
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  const table = document.createElement('table');
  const cap = document.createElement('caption');
  cap.textContent = caption;
  table.append(cap);
  const head = table.createTHead().insertRow();
  for (const text of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const cells of rows) {
    const tr = body.insertRow();
    cells.forEach((text, i) => {
      const cell = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.scope = 'row';
      else cell.className = 'num';
      cell.textContent = String(text);
      tr.append(cell);
    });
  }
  if (!rows.length) {
    const td = body.insertRow().insertCell();
    td.colSpan = headers.length;
    td.textContent = t('teach.none');
  }
  wrap.append(table);
  return wrap;
}
