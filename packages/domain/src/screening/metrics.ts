// String metrics on UTF-16 code units with reusable buffers (no allocation per call): the engine
// calls them only on the candidate set, but the naive baseline in the bench calls them 10^6 times
// per query. Definitions: Levenshtein (unit costs), Jaro-Winkler (prefix scale 0.1, max prefix 4,
// as in jellyfish; screening-research.md §4 T9).

let rowA = new Uint32Array(64);
let rowB = new Uint32Array(64);

/** Levenshtein edit distance (insert/delete/substitute, unit costs). */
export function levenshtein(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  if (a.length === 0) {
    return b.length;
  }
  if (b.length === 0) {
    return a.length;
  }
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Uint32Array(n * 2 + 1);
    rowB = new Uint32Array(n * 2 + 1);
  }
  let prev = rowA;
  let curr = rowB;
  for (let j = 0; j <= n; j++) {
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (prev[j] ?? 0) + 1;
      const ins = (curr[j - 1] ?? 0) + 1;
      const sub = (prev[j - 1] ?? 0) + cost;
      curr[j] = Math.min(del, ins, sub);
    }
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[n] ?? 0;
}

/** 1 − distance / max length, in [0, 1]. */
export function levenshteinRatio(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - levenshtein(a, b) / max;
}

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) {
    return 1;
  }
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) {
    return 0;
  }
  if (flagsA.length < la || flagsB.length < lb) {
    flagsA = new Uint8Array(Math.max(la, lb) * 2);
    flagsB = new Uint8Array(Math.max(la, lb) * 2);
  }
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - range);
    const hi = Math.min(lb - 1, i + range);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === ca) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) {
    return 0;
  }
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 1) {
      while (flagsB[k] === 0) {
        k++;
      }
      if (a.charCodeAt(i) !== b.charCodeAt(k)) {
        transpositions++;
      }
      k++;
    }
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 common leading characters). */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) {
    prefix++;
  }
  return j + prefix * 0.1 * (1 - j);
}

let osaPrev2 = new Uint32Array(64);

/**
 * Optimal-string-alignment distance: Levenshtein plus adjacent transpositions at cost 1
 * ("Schloz"/"Scholz", "Donlad"/"Donald" are one edit, as a typist would count them).
 */
export function osaDistance(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  const n = b.length;
  if (a.length === 0 || n === 0) {
    return Math.max(a.length, n);
  }
  if (osaPrev2.length <= n) {
    osaPrev2 = new Uint32Array(n * 2 + 1);
  }
  if (rowA.length <= n) {
    rowA = new Uint32Array(n * 2 + 1);
    rowB = new Uint32Array(n * 2 + 1);
  }
  let prev2 = osaPrev2;
  let prev = rowA;
  let curr = rowB;
  for (let j = 0; j <= n; j++) {
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      curr[j] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  return prev[n] ?? 0;
}

// Substitution costs of the weighted distance (rigour compare.yml idea, screening-research.md
// §1.1.3: confusable pairs are cheaper than other edits, digit changes dearer). Vowels (with Y)
// drift between transliterations (Osama/Usama, Husayn/Husein, Sergei/Sergey); the consonant pairs
// are spelling alternatives of one sound (Cyrillic й is J in German/Baltic and Y in English
// transliteration: Sergej/Sergey); the digit/letter pairs are look-alikes (Ig0r, Sech1n).
const VOWEL = new Uint8Array(128);
for (const ch of "AEIOUY") {
  VOWEL[ch.charCodeAt(0)] = 1;
}
const CONFUSABLE = new Set(
  ["CK", "KQ", "SZ", "IJ", "JY", "VW", "0O", "1I", "1L", "3E", "4A", "5S", "6B", "8B", "9G", "7T"].flatMap(
    ([x, y]) => [`${x}${y}`, `${y}${x}`],
  ),
);
const confusable = new Uint8Array(128 * 128);
for (const pair of CONFUSABLE) {
  confusable[(pair.charCodeAt(0) << 7) | pair.charCodeAt(1)] = 1;
}

/** Cost of a vowel or confusable substitution (rigour: 0.7 for its confusable pairs). */
const CHEAP_SUBSTITUTION = 0.6;

/** Cost of substituting code unit `x` by `y` (x ≠ y). */
function substitutionCost(x: number, y: number): number {
  if (x < 128 && y < 128) {
    if (VOWEL[x] === 1 && VOWEL[y] === 1) {
      return CHEAP_SUBSTITUTION;
    }
    if (confusable[(x << 7) | y] === 1) {
      return CHEAP_SUBSTITUTION;
    }
    if (x >= 48 && x <= 57 && y >= 48 && y <= 57) {
      // A changed digit is a different number: never within an edit budget.
      return 4;
    }
  }
  return 1;
}

let wPrev2 = new Float64Array(64);
let wPrev = new Float64Array(64);
let wCurr = new Float64Array(64);

/**
 * Weighted optimal-string-alignment distance: insert/delete/transpose cost 1, substitution 1 except
 * vowel↔vowel and confusable pairs (0.6) and digit↔digit (4). Used for upper-case Latin tokens.
 */
export function weightedDistance(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  const n = b.length;
  if (a.length === 0 || n === 0) {
    return Math.max(a.length, n);
  }
  if (wPrev.length <= n) {
    wPrev2 = new Float64Array(n * 2 + 1);
    wPrev = new Float64Array(n * 2 + 1);
    wCurr = new Float64Array(n * 2 + 1);
  }
  let prev2 = wPrev2;
  let prev = wPrev;
  let curr = wCurr;
  for (let j = 0; j <= n; j++) {
    prev[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      const sub = (prev[j - 1] as number) + (ca === cb ? 0 : substitutionCost(ca, cb));
      let v = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, sub);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      curr[j] = v;
    }
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  const result = prev[n] as number;
  wPrev2 = prev2;
  wPrev = prev;
  wCurr = curr;
  return result;
}
