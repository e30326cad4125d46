// Write's comparison of a typed answer with a card's back, pure (no DOM): the study page and its node test
// (answer-compare.test.mjs) share it. Both texts are folded first: case, accents, punctuation and runs
// of whitespace do not count. A small number of typos is then forgiven, scaled to the answer's length
// (Damerau-Levenshtein distance, transpositions counting one edit), and the difference is shown word by word.

/** "Café, au  LAIT!" -> "cafe au lait" */
export function fold(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/\p{P}+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Edits forgiven in an answer of `length` folded characters: none under 4, then one per 10 (at least one). */
export function allowedEdits(length) {
  return length < 4 ? 0 : Math.max(1, Math.floor(length / 10));
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function distance(a, b) {
  const x = [...a];
  const y = [...b];
  let before = null;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (before && i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        row[j] = Math.min(row[j], before[j - 2] + 1);
      }
    }
    before = previous;
    previous = row;
  }
  return previous[y.length];
}

/**
 * {result: 'right' | 'close' | 'wrong', distance, allowed, typed: [{text, ok}], expected: [{text, ok}]}:
 * right when the folded texts are equal, close when within the allowed edits (counted as right), wrong
 * otherwise; `typed` and `expected` are the words of each text, `ok` false where they differ.
 */
export function compare(typed, expected) {
  const a = fold(typed);
  const b = fold(expected);
  const allowed = allowedEdits(b.length);
  const d = a === b ? 0 : distance(a, b);
  const result = !a ? 'wrong' : d === 0 ? 'right' : d <= allowed ? 'close' : 'wrong';
  return { result, distance: d, allowed, ...diffWords(typed, expected) };
}

/** Word-by-word difference (longest common subsequence of folded words); punctuation-only words are ok. */
export function diffWords(typed, expected) {
  const words = (text) => String(text ?? '').split(/\s+/u).filter(Boolean).map((text) => ({ text, key: fold(text) }));
  const a = words(typed);
  const b = words(expected);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i][j] = a[i].key === b[j].key ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const typedOk = new Array(a.length).fill(false);
  const expectedOk = new Array(b.length).fill(false);
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i].key === b[j].key) {
      typedOk[i] = true;
      expectedOk[j] = true;
      i += 1;
      j += 1;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return {
    typed: a.map((w, i) => ({ text: w.text, ok: typedOk[i] || !w.key })),
    expected: b.map((w, j) => ({ text: w.text, ok: expectedOk[j] || !w.key })),
  };
}
