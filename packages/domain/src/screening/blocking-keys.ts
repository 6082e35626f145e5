// Blocking keys: the cheap keys that decide which aliases are scored at all (screening-research.md
// §5.3: "blocking is mandatory… token-level and symbol-level postings with document-frequency caps").
//
// Keys are 32-bit hashes (no key strings are stored in the index). Per informative token of a name:
//   T  the token as written (after transliteration);
//   L  its loose form (romanisation variants folded: SHINBASHI/SINBASI);
//   D  the token with one character deleted, for every position (SymSpell's deletion
//      neighbourhood: two tokens within one insertion, deletion, substitution or transposition
//      share a key — "SMOTH" and "SMITH" both yield "SMTH");
//   S  the consonant skeleton (vowel drift, abjad transliterations: محمد → MHMD ~ MOHAMED);
//   M  two adjacent tokens concatenated (split/merged tokens: "ALL PARTS" ~ "ALLPARTS");
//   F  its phonetic fold and P its phonetic skeleton (engine 1.3, text/katakana-latin.ts), which only
//      katakana queries look up: their reading's kana words give the same keys (BERUOMO → BELOMO);
//   V  its vowel pattern (engine 1.5, `vowelPattern`): vowel runs as one A, final vowel dropped; as
//      spelt, without a non-rhotic R and without weak vowels — looked up by katakana words
//      (MEIKUWERU and MAKEWELL: MAKAR) and by glued katakana runs (IISUTECH ~ EASTECH: ASTACH).
//   F again for the token as spelt under each transliteration convention that changes it (engine
//      1.6, `conventionLatinForms`: JINXIN → JINSHIN, TICARET → TIJARET, BRIGHT → BRAIT), and V for
//      the pinyin spelling and Korean vowel digraphs only (the vowels katakana writes differently:
//      HAOXIANG ~ ハオシャン, SEOYOUNG ~ ソヨン; V keys of every Turkish C, English EA or Korean
//      initial G crowded out other candidates); katakana words look them up with their readings
//      under the conventions (フ as HU…).
//   F again for the token and each convention spelling written with the vowels katakana inserts
//      (engine 1.7, `withEpentheticVowels`: MECHATRONICS → MEKATORONIKUSU), which a katakana word's
//      plain fold finds when it has more epenthetic vowels than `epentheticForms` removes.
// Per name: J, all informative tokens joined. Per native CJK part: bigrams (B), skip-bigrams (K)
// and, for parts of one or two characters, single characters (U).
// The query side looks each key up in the same spaces, plus the cross lookups that make the
// deletion neighbourhood symmetric (query D-form against index T and the other way round).
import type { NameToken, NormalizedName } from "./normalize";
import { conventionKanaForms, conventionLatinForms } from "./text/kana-conventions";
import {
  phoneticFold,
  phoneticSkeleton,
  vowelPattern,
  withEpentheticVowels,
  withoutWeakVowels,
} from "./text/katakana-latin";
import { consonantSkeleton } from "./text/romaji";

const KIND_T = 1;
const KIND_D = 2;
const KIND_S = 3;
const KIND_M = 4;
const KIND_J = 5;
const KIND_B = 6;
const KIND_K = 7;
const KIND_U = 8;
const KIND_L = 9;
/** Phonetic skeleton shared by a Latin token and its katakana rendering (katakana-latin.ts). */
const KIND_P = 10;
/** Phonetic fold (vowels kept) of a token, reached by a katakana word minus an epenthetic vowel. */
const KIND_F = 11;
/** Vowel pattern of a token's phonetic fold (engine 1.5), reached by a katakana word's fold. */
const KIND_V = 12;

/** Shortest loose token that gets deletion keys (shorter ones share too many neighbours). */
const MIN_DELETE_LENGTH = 3;

/**
 * FNV-1a over a kind code and the UTF-16 code units of `s` in [from, to), skipping index `skip`,
 * finished with the murmur3 avalanche so that similar strings spread over the 32-bit space.
 */
function hashKey(kind: number, s: string, from: number, to: number, skip: number): number {
  let h = (0x811c9dc5 ^ kind) >>> 0;
  h = Math.imul(h, 0x01000193);
  for (let i = from; i < to; i++) {
    if (i !== skip) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashOf(kind: number, s: string): number {
  return hashKey(kind, s, 0, s.length, -1);
}

/** Tokens used for blocking: informative ones, or all when the name has nothing else. */
function blockingTokens(n: NormalizedName): NameToken[] {
  const informative = n.parts.filter((p) => !p.generic);
  return informative.length > 0 ? informative : n.parts;
}

/**
 * Index-side key hashes of a name, appended to `out` (duplicates possible; the index dedupes).
 * `crossScript` adds each token's phonetic skeleton, found by katakana queries (engine 1.3);
 * `soundKeys` its vowel patterns (engine 1.5), `conventionKeys` both for its spellings under the
 * transliteration conventions (engine 1.6).
 */
export function indexKeyHashes(
  n: NormalizedName,
  out: number[],
  crossScript = true,
  soundKeys = crossScript,
  conventionKeys = soundKeys,
  epentheticKeys = conventionKeys,
): void {
  const tokens = blockingTokens(n);
  for (let t = 0; t < tokens.length; t++) {
    const p = tokens[t] as NameToken;
    const text = p.text;
    const loose = p.loose;
    out.push(hashOf(KIND_T, text));
    if (p.numeric) {
      continue;
    }
    out.push(hashOf(KIND_L, loose));
    if (crossScript && text.length >= 3) {
      out.push(hashOf(KIND_F, phoneticFold(text)));
    }
    if (soundKeys && text.length >= 4) {
      vowelPatternKeys(phoneticFold(text), out);
    }
    if (conventionKeys && text.length >= 3) {
      if (epentheticKeys) {
        epentheticKey(phoneticFold(text), out);
      }
      for (const { id, form } of conventionLatinForms(text)) {
        const folded = phoneticFold(form);
        out.push(hashOf(KIND_F, folded));
        if (epentheticKeys) {
          epentheticKey(folded, out);
        }
        if (id === "pinyin" || (id === "korean" && /EO|EU|AE|OE/.test(text))) {
          vowelPatternKeys(folded, out);
        }
      }
    }
    if (text.length >= MIN_DELETE_LENGTH) {
      for (let i = 0; i < text.length; i++) {
        if (i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1)) {
          continue;
        }
        out.push(hashKey(KIND_D, text, 0, text.length, i));
      }
    }
    if (loose.length >= 4) {
      const skeleton = consonantSkeleton(loose);
      if (skeleton.length >= 3) {
        out.push(hashOf(KIND_S, skeleton));
      }
      const phonetic = crossScript ? phoneticSkeleton(text) : "";
      if (phonetic !== "") {
        out.push(hashOf(KIND_P, phonetic));
      }
    }
    const next = tokens[t + 1];
    if (next !== undefined && !next.numeric) {
      out.push(hashOf(KIND_M, text + next.text));
    }
  }
  if (tokens.length > 1) {
    const joined = tokens.map((p) => p.loose).join("");
    if (joined.length >= 5) {
      out.push(hashOf(KIND_J, joined));
    }
  }
  for (const part of nativeBlockingParts(n)) {
    nativeKeys(part, (_, h) => out.push(h));
  }
}

/**
 * The F key of a folded Latin token written with katakana's epenthetic vowels (engine 1.7), when it
 * takes two or more: a katakana word with one is found by `epentheticForms` on the query side.
 */
function epentheticKey(folded: string, out: number[]): void {
  const shaped = withEpentheticVowels(folded);
  if (shaped.length - folded.length >= 2) {
    out.push(hashOf(KIND_F, shaped));
  }
}

/**
 * The vowel patterns of a folded Latin token (one to three keys): as spelt, without a non-rhotic R,
 * and without its weak vowels (`withoutWeakVowels`).
 */
function vowelPatternKeys(folded: string, out: number[]): void {
  const pattern = vowelPattern(folded);
  if (pattern !== "") {
    out.push(hashOf(KIND_V, pattern));
  }
  const nonRhotic = vowelPattern(folded, true);
  if (nonRhotic !== "" && nonRhotic !== pattern) {
    out.push(hashOf(KIND_V, nonRhotic));
  }
  const weak = vowelPattern(withoutWeakVowels(folded));
  if (weak !== "" && weak !== pattern && weak !== nonRhotic) {
    out.push(hashOf(KIND_V, weak));
  }
}

function nativeBlockingParts(n: NormalizedName): string[] {
  if (n.nativeLoose === "") {
    return [];
  }
  const parts = n.nativeParts;
  if (parts === undefined || parts.length <= 1) {
    return [n.nativeLoose];
  }
  return parts.map(loosePart).filter((p) => p !== "");
}

// Native parts are stored un-loosened; the loose form drops ー and enlarges small kana.
const SMALL_KANA = "ァィゥェォッャュョヮヵヶ";
const LARGE_KANA = "アイウエオツヤユヨワカケ";
function loosePart(part: string): string {
  let out = "";
  for (const ch of part) {
    if (ch === "ー") {
      continue;
    }
    const k = SMALL_KANA.indexOf(ch);
    out += k >= 0 ? LARGE_KANA[k] : ch;
  }
  return out;
}

function nativeKeys(part: string, emit: (kind: number, hash: number) => void): void {
  const chars = [...part];
  if (chars.length <= 2) {
    for (const ch of chars) {
      emit(KIND_U, hashOf(KIND_U, ch));
    }
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    emit(KIND_B, hashOf(KIND_B, (chars[i] as string) + chars[i + 1]));
  }
  for (let i = 0; i + 2 < chars.length; i++) {
    emit(KIND_K, hashOf(KIND_K, (chars[i] as string) + chars[i + 2]));
  }
}

/** One query key: its hash, the group it belongs to and the credit a match earns. */
export interface QueryKey {
  hash: number;
  /** Keys of one group (one query token, one native n-gram…) count once per alias: the best. */
  group: number;
  /** Strength of the evidence: 1 exact token, less for typo, skeleton and n-gram keys. */
  credit: number;
  /**
   * Brings in candidates up to the frequency cap like an exact key although its credit is lower
   * (engine 1.5: a katakana word's vowel pattern, often the only key it shares with its Latin spelling).
   */
  seed?: boolean;
}

/** Credits per kind of match (exact token > merged > one edit > skeleton). */
const CREDIT_EXACT = 1;
const CREDIT_MERGED = 0.9;
const CREDIT_VARIANT = 0.95;
const CREDIT_EDIT = 0.7;
const CREDIT_SKELETON = 0.5;

/** Keys of one query token, in one group: exact, merged, loose, one-edit neighbourhood, skeleton. */
function tokenQueryKeys(p: NameToken, group: number, keys: QueryKey[]): void {
  const text = p.text;
  const loose = p.loose;
  keys.push({ hash: hashOf(KIND_T, text), group, credit: CREDIT_EXACT });
  // Merged in the index ("MOHAMMADHASNI"), split in the query ("MOHAMMAD HASNI"), or the reverse.
  keys.push({ hash: hashOf(KIND_M, text), group, credit: CREDIT_MERGED });
  if (p.numeric) {
    return;
  }
  // Romanisation variants (SHINBASHI/SINBASI, MOHAMMED/MOHAMED) share the loose form.
  keys.push({ hash: hashOf(KIND_L, loose), group, credit: CREDIT_VARIANT });
  if (text.length >= MIN_DELETE_LENGTH - 1) {
    // The query token is the index token with one character deleted.
    keys.push({ hash: hashOf(KIND_D, text), group, credit: CREDIT_EDIT });
  }
  if (text.length >= MIN_DELETE_LENGTH) {
    for (let i = 0; i < text.length; i++) {
      if (i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1)) {
        continue;
      }
      // Substitution/transposition (both deleted) and insertion (index token = query minus one).
      keys.push({ hash: hashKey(KIND_D, text, 0, text.length, i), group, credit: CREDIT_EDIT });
      if (text.length > MIN_DELETE_LENGTH) {
        keys.push({ hash: hashKey(KIND_T, text, 0, text.length, i), group, credit: CREDIT_EDIT });
      }
    }
  }
  if (loose.length >= 4) {
    const skeleton = consonantSkeleton(loose);
    if (skeleton.length >= 3) {
      keys.push({ hash: hashOf(KIND_S, skeleton), group, credit: CREDIT_SKELETON });
    }
  }
}

/** Query-side keys with groups and credits. */
export function queryKeys(n: NormalizedName): QueryKey[] {
  const keys: QueryKey[] = [];
  const tokens = blockingTokens(n);
  let group = 0;
  for (let t = 0; t < tokens.length; t++, group++) {
    tokenQueryKeys(tokens[t] as NameToken, group, keys);
  }
  for (let t = 0; t + 1 < tokens.length; t++) {
    const a = tokens[t] as NameToken;
    const b = tokens[t + 1] as NameToken;
    if (!a.numeric && !b.numeric) {
      keys.push({ hash: hashOf(KIND_T, a.text + b.text), group: group++, credit: CREDIT_MERGED });
    }
  }
  if (tokens.length > 1) {
    const joined = tokens.map((p) => p.loose).join("");
    if (joined.length >= 5) {
      keys.push({ hash: hashOf(KIND_J, joined), group: group++, credit: CREDIT_EXACT });
    }
  }
  for (const part of nativeBlockingParts(n)) {
    nativeKeys(part, (kind, hash) => {
      keys.push({ hash, group: group++, credit: kind === KIND_B ? 1 : kind === KIND_K ? 0.8 : 0.6 });
    });
  }
  return keys;
}

/**
 * Extra query keys of a katakana name's cross-script reading (kana-reading.ts), in groups numbered
 * from `firstGroup`: the reading's own token keys (a loanword's English spelling finds the Latin
 * word; a kana word's one-edit neighbourhood finds AGAT from AGATO) and, per kana word, its phonetic
 * skeleton (ベルオモ BERUOMO → BRM = BelOMO). With `glued` (engine 1.5, `gluedKanaReading`), the
 * kana words also look up their vowel patterns, and each katakana run that the dictionary split
 * (イース|テック) looks up its sound keys once more as one word (IISUTECH ~ Eastech), in a group of its own.
 * With `conventions` (engine 1.6), each kana word also looks up its readings under the
 * transliteration conventions (`conventionKanaForms`), in the same groups.
 */
export function crossScriptQueryKeys(
  q: NormalizedName,
  reading: NormalizedName,
  firstGroup: number,
  glued?: NormalizedName | null,
  conventions = false,
): QueryKey[] {
  const keys: QueryKey[] = [];
  const soundKeys = glued !== undefined;
  // A reading word that the plain query already has (a kana word written alone, a Latin word) keeps
  // that word's group, so that its evidence is not counted twice.
  const original = blockingTokens(q).map((p) => p.text);
  let group = firstGroup;
  const parts = reading.parts.filter((p) => !p.numeric);
  for (let t = 0; t < parts.length; t++) {
    const p = parts[t] as NameToken;
    const at = original.indexOf(p.text);
    const g = at >= 0 ? at : group++;
    if (at < 0) {
      // Every word of the reading counts, loanwords too: HOLDING or SYSTEM are frequent in a list
      // of companies (then they only re-rank) but rare among persons and other distractors.
      tokenQueryKeys(p, g, keys);
    }
    if (p.origin === "katakana") {
      kanaSoundKeys(p.text, g, soundKeys ? group++ : -1, keys, conventions);
    }
    const next = parts[t + 1];
    if (next !== undefined) {
      // Words that katakana separates (・, a loanword boundary) run together in Latin.
      const mg = group++;
      keys.push({ hash: hashOf(KIND_T, p.text + next.text), group: mg, credit: CREDIT_MERGED });
      if (p.origin === "katakana" || next.origin === "katakana") {
        const forms = epentheticForms(phoneticFold(p.text + next.text));
        for (const form of forms) {
          keys.push({ hash: hashOf(KIND_F, form), group: mg, credit: CREDIT_MERGED });
        }
        if (soundKeys) {
          vowelPatternQueryKeys(forms, group++, keys);
        }
      }
    }
  }
  const words = new Set(parts.map((p) => p.text));
  for (const p of glued?.parts ?? []) {
    if (p.origin === "katakana" && !words.has(p.text)) {
      const g = group++;
      kanaSoundKeys(p.text, g, group++, keys, conventions);
    }
  }
  return keys;
}

/**
 * Sound keys of one romanised kana word in group `g`: its phonetic skeleton, its fold with and
 * without epenthetic vowels and (engine 1.5, when `vowelGroup` ≥ 0) the vowel patterns of those
 * forms in a group of their own: a group with no exact key reads only its most specific keys to
 * find candidates (the others re-rank), and a vowel pattern is often the only key that a katakana
 * word shares with its Latin spelling (MAKAR for メイクウェル ~ Makewell), so it must find them.
 */
function kanaSoundKeys(
  text: string,
  g: number,
  vowelGroup: number,
  keys: QueryKey[],
  conventions = false,
): void {
  const phonetic = phoneticSkeleton(text, true);
  if (phonetic !== "") {
    keys.push({ hash: hashOf(KIND_P, phonetic), group: g, credit: CREDIT_SKELETON });
  }
  const forms = epentheticForms(phoneticFold(text));
  if (conventions) {
    for (const variant of conventionKanaForms(text)) {
      for (const form of epentheticForms(phoneticFold(variant))) {
        if (!forms.includes(form)) {
          forms.push(form);
        }
      }
    }
  }
  for (const form of forms) {
    keys.push({ hash: hashOf(KIND_F, form), group: g, credit: CREDIT_VARIANT });
  }
  if (vowelGroup >= 0) {
    vowelPatternQueryKeys(forms, vowelGroup, keys);
  }
}

/**
 * The distinct vowel patterns of folded kana forms (with and without epenthetic vowels, and
 * without weak vowels), as keys of group `g`.
 */
function vowelPatternQueryKeys(forms: string[], g: number, keys: QueryKey[]): void {
  const patterns = new Set(forms.map((f) => vowelPattern(f)));
  for (const f of forms) {
    patterns.add(vowelPattern(withoutWeakVowels(f)));
  }
  for (const pattern of patterns) {
    if (pattern !== "") {
      keys.push({ hash: hashOf(KIND_V, pattern), group: g, credit: CREDIT_EDIT, seed: true });
    }
  }
}

/**
 * A folded katakana word and the forms with one epenthetic vowel (U, O, I after a consonant)
 * removed: ベルオモ BERUOMO → BEROMO = BelOMO, アガト AGATO → AGAT.
 */
function epentheticForms(folded: string): string[] {
  const out = folded.length >= 3 ? [folded] : [];
  let all = "";
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] as string;
    const prev = folded[i - 1] ?? "A";
    const epenthetic = "UOI".includes(ch) && !"AEIOU".includes(prev);
    // アイ for an English long I (アイジェット → iJet): the A goes.
    const longI = ch === "A" && folded[i + 1] === "I";
    if (epenthetic || longI) {
      if (folded.length - 1 >= 3) {
        out.push(folded.slice(0, i) + folded.slice(i + 1));
      }
      continue;
    }
    all += ch;
  }
  // Every epenthetic vowel removed at once (システム SISUTEMU → SISTEM).
  if (all.length >= 3 && all.length < folded.length - 1) {
    out.push(all);
  }
  return out;
}

/**
 * Human-readable blocking keys of a normalised name, for explanations: the token keys ("T:"), their
 * loose forms when different ("L:"), the joined key ("J:") and native bigrams ("N:"). The index also uses each token's one-deletion
 * neighbourhood, skeleton and adjacent-pair keys (see the module comment), not listed here.
 */
export function blockingKeys(n: NormalizedName): string[] {
  const keys = new Set<string>();
  const tokens = blockingTokens(n);
  for (const p of tokens) {
    keys.add(`T:${p.text}`);
    if (p.loose !== p.text) {
      keys.add(`L:${p.loose}`);
    }
  }
  if (tokens.length > 1) {
    const joined = tokens.map((p) => p.loose).join("");
    if (joined.length >= 5) {
      keys.add(`J:${joined}`);
    }
  }
  for (const part of nativeBlockingParts(n)) {
    const chars = [...part];
    if (chars.length === 1) {
      keys.add(`N:${part}`);
    }
    for (let i = 0; i + 1 < chars.length; i++) {
      keys.add(`N:${chars[i]}${chars[i + 1]}`);
    }
  }
  return [...keys];
}
