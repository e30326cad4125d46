// The teaching page of the launched activity (instructors and administrators of the launch): results per
// student (sortable, CSV), who has not started (NRPS roster), item analysis charts and explain answers.
// Everything the platform or students wrote is inserted with textContent.
import { api, openSession, sessionToken } from './session-token.js';
import { useLocale, t } from './i18n.js';
import { barChart, dataTable } from './teach/charts.js';

const message = document.getElementById('message');
const announcer = document.getElementById('announcer');

function say(text) {
  message.textContent = text;
  message.hidden = false;
  message.focus();
}

function el(name, text, className) {
  const node = document.createElement(name);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

const COLUMNS = [
  { key: 'displayName', label: 'teach.col.student', text: true },
  { key: 'email', label: 'teach.col.email', text: true },
  { key: 'attempts', label: 'teach.col.attempts' },
  { key: 'best', label: 'teach.col.best' },
  { key: 'latest', label: 'teach.col.latest' },
  { key: 'timeSpentSeconds', label: 'teach.col.time' },
  { key: 'cardsKnown', label: 'teach.col.known' },
  { key: 'dueNow', label: 'teach.col.due' },
  { key: 'mastery', label: 'teach.col.mastery', text: true },
  { key: 'modeSeconds', label: 'teach.col.studyTime' },
  { key: 'bestMatchSeconds', label: 'teach.col.bestMatch' },
  { key: 'gradeSync', label: 'teach.col.sync', text: true },
];

// FSRS mastery, weakest first (docs/spaced-review.md).
const MASTERY = ['new', 'not_yet', 'fading', 'known', 'mastered'];
const totalSeconds = (bySeconds) => Object.values(bySeconds || {}).reduce((sum, n) => sum + n, 0);

let students = [];
let sort = { key: 'displayName', direction: 'ascending' };

function minutes(seconds) {
  return seconds >= 60 ? t('teach.minutes', { n: Math.round(seconds / 60) }) : t('teach.seconds', { n: seconds });
}

function cellText(student, key, max) {
  const value = student[key];
  switch (key) {
    case 'best': case 'latest': return value === null || value === undefined ? '—' : `${value} / ${max ?? student.maxScore}`;
    case 'timeSpentSeconds': return minutes(value);
    case 'cardsKnown': return `${value} / ${student.cardsTotal}`;
    case 'mastery': return MASTERY.map((m) => `${t(`mastery.${m}`)} ${value[m] ?? 0}`).join(' · ');
    case 'modeSeconds': return minutes(totalSeconds(value));
    case 'bestMatchSeconds': return value === null || value === undefined ? '—' : t('summary.seconds', { seconds: value.toFixed(1) });
    case 'gradeSync': return t(`teach.sync.${value}`);
    default: return value ?? '—';
  }
}

function sortValue(student, key) {
  const value = student[key];
  if (key === 'mastery') return MASTERY.reduce((sum, m, i) => sum + (value[m] ?? 0) * i, 0);
  if (key === 'modeSeconds') return totalSeconds(value);
  if (value === null || value === undefined) return -Infinity;
  return typeof value === 'string' ? value.toLocaleLowerCase() : value;
}

function renderResults(points) {
  const table = document.getElementById('results-table');
  const head = table.tHead.rows[0];
  head.replaceChildren();
  for (const column of COLUMNS) {
    const th = el('th');
    th.scope = 'col';
    if (!column.text) th.className = 'num';
    if (sort.key === column.key) th.setAttribute('aria-sort', sort.direction);
    const button = el('button', t(column.label), 'sort');
    button.type = 'button';
    button.dataset.key = column.key;
    button.addEventListener('click', () => {
      sort = { key: column.key, direction: sort.key === column.key && sort.direction === 'ascending' ? 'descending' : 'ascending' };
      renderResults(points);
      document.querySelector(`#results-table button[data-key="${column.key}"]`).focus();
      document.getElementById('sort-status').textContent = t(`teach.sorted.${sort.direction}`, { column: t(column.label) });
    });
    th.append(button);
    head.append(th);
  }
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const rows = [...students].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    return x < y ? -sign : x > y ? sign : 0;
  });
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const student of rows) {
    const tr = body.insertRow();
    COLUMNS.forEach((column, i) => {
      const cell = el(i === 0 ? 'th' : 'td', i === 0 ? null : cellText(student, column.key, points));
      if (i === 0) {
        cell.scope = 'row';
        // The student's name opens their mastery of every card and their time in each mode.
        const open = el('button', cellText(student, column.key, points), 'link-button');
        open.type = 'button';
        open.dataset.student = student.userSub;
        open.addEventListener('click', () => showStudent(student));
        cell.append(open);
      }
      if (!column.text) cell.classList.add('num');
      if (column.key === 'gradeSync' && student.gradeSync === 'failed') cell.classList.add('sync-failed');
      // Why the score is not in the gradebook, as Recall words it (never the platform's own answer).
      if (column.key === 'gradeSync' && student.gradeSyncReason) cell.append(el('span', student.gradeSyncReason, 'sync-reason'));
      tr.append(cell);
    });
  }
  document.getElementById('results-empty').hidden = students.length > 0;
}

async function showStudent(student) {
  const section = document.getElementById('student');
  const heading = document.getElementById('student-h');
  const area = document.getElementById('student-cards');
  heading.textContent = t('teach.student.title', { student: student.displayName });
  area.replaceChildren(el('p', t('app.loading'), 'hint'));
  section.hidden = false;
  heading.focus();
  const answer = await api(`/api/instructor/students/${encodeURIComponent(student.userSub)}/cards`);
  if (answer.status !== 200) {
    area.replaceChildren(el('p', answer.body?.error || t('error.unexpected')));
    return;
  }
  const data = answer.body;
  const when = (iso) => (iso ? new Date(iso).toLocaleString(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  const cards = dataTable(t('teach.student.cards', { student: student.displayName }),
    [t('teach.col.card'), t('teach.col.mastery'), t('teach.col.recall'), t('teach.col.dueAt'), t('teach.col.reviews'), t('teach.col.lapses')],
    data.cards.map((c) => [c.prompt, t(`mastery.${c.mastery}`), c.mastery === 'new' ? '—' : `${Math.round(c.retrievability * 100)} %`,
      c.mastery === 'new' ? t('teach.student.now') : when(c.due), c.reviews, c.lapses]));
  const times = el('ul');
  Object.entries(data.modeSeconds).filter(([, seconds]) => seconds > 0).forEach(([mode, seconds]) =>
    times.append(el('li', `${t(`mode.${mode}.title`)}: ${minutes(seconds)}`)));
  if (!times.children.length) times.append(el('li', t('teach.none')));
  area.replaceChildren(el('p', t('teach.student.summary', { known: data.known, total: data.cards.length, due: data.dueNow })),
    cards, el('h3', t('teach.student.time')), times);
}

async function downloadCsv() {
  const response = await fetch('/api/instructor/results.csv', { headers: { Authorization: 'Bearer ' + sessionToken() } });
  if (!response.ok) {
    say(t('teach.results.csvFailed'));
    return;
  }
  const blob = await response.blob();
  const link = el('a');
  link.href = URL.createObjectURL(blob);
  link.download = (response.headers.get('Content-Disposition') || '').match(/filename="([^"]+)"/)?.[1] || 'recall-results.csv';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  announcer.textContent = t('teach.results.csvDone');
}

function renderRoster(roster) {
  const summary = document.getElementById('roster-summary');
  const list = document.getElementById('not-started');
  list.replaceChildren();
  if (!roster.available) {
    summary.textContent = roster.message || t('teach.roster.unavailable');
    return;
  }
  const missing = roster.notStarted.length;
  summary.textContent = t('teach.roster.summary', { missing, total: roster.learnerCount });
  for (const member of roster.notStarted) {
    const item = el('li', member.displayName);
    if (member.email && member.email !== member.displayName) item.append(` (${member.email})`);
    list.append(item);
  }
}

function renderAnalysis(analysis) {
  barChart(document.getElementById('chart-correct'), {
    title: t('teach.analysis.correct'),
    bars: analysis.questions.map((q, i) => ({ label: `${i + 1}. ${q.prompt}`, short: `${i + 1}`, value: q.percentCorrect })),
    max: 100, unit: '%', labelHeader: t('teach.col.question'), valueHeader: t('teach.col.correct'),
  });
  const wrong = [];
  // Wrong options, true/false values, pairs matched wrongly, or typed answers (no optionId): numbered per question.
  analysis.questions.forEach((q, i) => q.wrongOptions.forEach((o, k) => wrong.push({
    label: `${i + 1}. ${q.prompt} — ${o.text}`, short: `${i + 1}${o.optionId || String.fromCharCode(97 + k)}`,
    value: o.chosen,
  })));
  barChart(document.getElementById('chart-wrong'), {
    title: t('teach.analysis.wrong'), bars: wrong, max: Math.max(1, ...wrong.map((b) => b.value)),
    labelHeader: t('teach.col.option'), valueHeader: t('teach.col.chosen'),
  });
  barChart(document.getElementById('chart-histogram'), {
    title: t('teach.analysis.histogram'),
    bars: analysis.histogram.map((b, i, all) => ({ label: `${b.from}–${i === all.length - 1 ? 100 : b.to - 1}%`, short: `${b.from}`, value: b.count })),
    max: Math.max(1, ...analysis.histogram.map((b) => b.count)),
    labelHeader: t('teach.col.scoreRange'), valueHeader: t('teach.col.attemptCount'),
  });
  document.getElementById('not-yet').replaceChildren(dataTable(t('teach.analysis.notYet'),
    [t('teach.col.card'), t('teach.col.students')], analysis.notYet.map((c) => [c.prompt, c.students])));
}

function renderExplain(explain) {
  const list = document.getElementById('explain-list');
  list.replaceChildren();
  if (!explain.answers.length) {
    list.append(el('p', t('teach.explain.empty'), 'hint'));
    return;
  }
  const prompts = Object.fromEntries(explain.prompts.map((p) => [p.id, p]));
  explain.answers.forEach((answer, n) => {
    const prompt = prompts[answer.promptId] || { prompt: answer.promptId, keyConcepts: [] };
    const article = el('article', undefined, 'answer');
    article.append(el('h3', answer.displayName));
    article.append(el('p', prompt.prompt, 'hint'));
    article.append(el('blockquote', answer.text));
    const concepts = el('ul');
    prompt.keyConcepts.forEach((concept, i) => {
      concepts.append(el('li', `${answer.concepts.includes(i) ? '☑' : '☐'} ${concept} — ${t(answer.concepts.includes(i) ? 'teach.explain.ticked' : 'teach.explain.notTicked')}`));
    });
    article.append(el('p', t('teach.explain.concepts')), concepts);
    if (explain.graded) {
      const form = el('form');
      const id = `points-${n}`;
      const label = el('label', t('teach.explain.points', { max: explain.maxPoints }));
      label.htmlFor = id;
      const input = el('input');
      Object.assign(input, { type: 'number', id, min: 0, max: explain.maxPoints, required: true });
      if (answer.awardedPoints !== null && answer.awardedPoints !== undefined) input.value = answer.awardedPoints;
      const commentLabel = el('label', t('teach.explain.comment'));
      commentLabel.htmlFor = `comment-${n}`;
      const comment = el('input');
      Object.assign(comment, { type: 'text', id: `comment-${n}`, maxLength: 1000, value: answer.comment || '' });
      const button = el('button', t('teach.explain.award'));
      button.type = 'submit';
      const status = el('p');
      status.setAttribute('role', 'status');
      status.hidden = true;
      form.append(label, input, commentLabel, comment, button);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const result = await api(`/api/instructor/explain/${encodeURIComponent(answer.userSub)}/${encodeURIComponent(answer.promptId)}/award`,
          { method: 'PUT', body: { points: Number(input.value), comment: comment.value } });
        status.hidden = false;
        status.textContent = result.status === 200 ? result.body.message : (result.body?.error || t('error.unexpected'));
      });
      article.append(form, status);
    }
    list.append(article);
  });
}

async function start() {
  const opened = await openSession(useLocale);
  if (!opened) {
    say(t('error.noSession'));
    return;
  }
  const { token } = opened;
  const fragment = '#session=' + encodeURIComponent(token);
  document.getElementById('student-view').href = 'study.html' + fragment;
  document.getElementById('settings-link').href = 'settings.html' + fragment;
  const [results, roster, analysis, explain] = await Promise.all(
    ['results', 'roster', 'analysis', 'explain'].map((part) => api(`/api/instructor/${part}`)));
  document.getElementById('loading').hidden = true;
  if (results.status !== 200) {
    say(results.body?.error || t('error.unexpected'));
    return;
  }
  const { deck, deckVersion } = results.body.activity;
  document.getElementById('edit-deck').href = `editor.html?start=edit&deck=${encodeURIComponent(deck)}`
    + `${deckVersion ? `&version=${deckVersion}` : ''}&from=teach${fragment}`;
  const title = results.body.activity.title || results.body.deckTitle;
  document.getElementById('activity-title').textContent = title;
  document.title = `${t('teach.title')} · ${title}`;
  students = results.body.students;
  renderResults(results.body.activity.points);
  document.getElementById('csv').addEventListener('click', downloadCsv);
  document.getElementById('results').hidden = false;
  if (roster.status === 200) { renderRoster(roster.body); document.getElementById('roster').hidden = false; }
  if (analysis.status === 200) { renderAnalysis(analysis.body); document.getElementById('analysis').hidden = false; }
  if (explain.status === 200) { renderExplain(explain.body); document.getElementById('explain').hidden = false; }
  document.body.dataset.ready = 'true';
}

start().catch(() => say(t('error.unexpected')));
