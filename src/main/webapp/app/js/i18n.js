// UI strings come from resource bundles (app/i18n/<language>.json); the code names keys only.
// A bundle is a flat object of keys to strings with {name} placeholders.
const SUPPORTED = ['en', 'es'];
let bundle = {};
let fallback = {};
let language = 'en';

/** "es-ES" -> "es"; anything we do not ship -> "en". */
export function languageOf(locale) {
  const primary = String(locale || '').toLowerCase().split(/[-_]/)[0];
  return SUPPORTED.includes(primary) ? primary : 'en';
}

async function load(lang) {
  const response = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`bundle ${lang}: ${response.status}`);
  return response.json();
}

/** Loads the bundle for `locale` and sets the page language (screen readers pick their voice from it). */
export async function useLocale(locale) {
  language = languageOf(locale);
  if (!Object.keys(fallback).length) fallback = await load('en');
  bundle = language === 'en' ? fallback : await load(language).catch(() => fallback);
  document.documentElement.lang = language === 'en' ? 'en' : (isTag(locale) ? locale : language);
  translateStatic(document);
  return language;
}

function isTag(locale) {
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(String(locale || '')) && languageOf(locale) === language;
}

/** t('quiz.score', {score: 3, max: 5}) */
export function t(key, params = {}) {
  const text = bundle[key] ?? fallback[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Plural by CLDR one/other, enough for English and Spanish: key.one / key.other. */
export function tn(key, count, params = {}) {
  return t(`${key}.${count === 1 ? 'one' : 'other'}`, { count, ...params });
}

/** Elements of the static page carry data-i18n="key" (text) or data-i18n-<attr>="key". */
export function translateStatic(root) {
  root.querySelectorAll('[data-i18n]').forEach((node) => { node.textContent = t(node.dataset.i18n); });
  root.querySelectorAll('*').forEach((node) => {
    for (const attr of node.getAttributeNames()) {
      if (attr.startsWith('data-i18n-')) node.setAttribute(attr.slice(10), t(node.getAttribute(attr)));
    }
  });
}

export function currentLanguage() {
  return language;
}

/** Dates in the page's language. */
export function formatDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(language, { dateStyle: 'medium' });
}
