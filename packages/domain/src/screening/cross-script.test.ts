// Katakana ↔ Latin (issue 15, item 4): the transliteration conventions of kana-reading.ts,
// text/loanwords.ts and text/katakana-latin.ts, one row per convention, and the engine behaviour they
// produce (score, explanation, blocking, the 1.2 baseline switch).
import { describe, expect, it } from "vitest";
import { compareNames } from "./compare";
import { BASELINE_CONFIG_1_2, DEFAULT_THRESHOLD } from "./config";
import { buildIndex } from "./index-build";
import { kanaReading } from "./kana-reading";
import { normalizeName } from "./normalize";
import { screenName } from "./screen";
import { kanaLatinSimilarity } from "./text/kana-latin-similarity";
import { phoneticFold, phoneticSkeleton } from "./text/katakana-latin";
import { isLetterName, kanaWordKey, spellLetters, splitKanaWords } from "./text/loanwords";
import type { ListEntry } from "./types";

const org = { schema: "organization" as const };
const readingOf = (name: string) =>
  kanaReading(normalizeName(name, org))
    ?.parts.map((p) => `${p.text}/${p.origin}`)
    .join(" ");

describe("loanword dictionary and word splitting (外来語の表記)", () => {
  it.each([
    ["long vowel ー optional", "センター", "センタ"],
    ["ヴ written as バ行", "ヴォ", "ボ"],
    ["small vowel kana: ティ/テイ", "ティ", "テイ"],
    ["obsolete ヂ/ヅ", "ヂヅ", "ジズ"],
  ])("%s: %s and %s share a key", (_c, a, b) => {
    expect(kanaWordKey(a)).toBe(kanaWordKey(b));
  });

  it.each([
    ["loanword at the end: ホールディング holding", "ベルオモホールディング", "ベルオモ|HOLDING*"],
    ["loanword at the end: システム system", "アガトシステム", "アガト|SYSTEM*"],
    ["エンジニアリング engineering", "エンジニアリング", "ENGINEERING*"],
    ["ヘリコプター helicopter, long vowel dropped in the key", "ヘリコプタ", "HELICOPTER*"],
    ["センター center", "ミンスクセンター", "ミンスク|CENTER*"],
    ["short word (テック) only at the end", "キドマテック", "キドマ|TECH*"],
    ["short word never split off inside a name", "テックノ", "テックノ"],
    ["a word is not split off when one kana would be left", "アシステム", "アシステム"],
    ["several loanwords in one run", "トランスポートサービス", "TRANSPORT*|SERVICE*"],
  ])("%s: %s", (_c, run, expected) => {
    const got = splitKanaWords(run)
      .map((w) => (w.loanword ? `${w.text}*` : w.text))
      .join("|");
    expect(got).toBe(expected);
  });

  it.each([
    ["acronym spelt in letter names", "イーエルイー", "ELE"],
    ["letter-name variants (エイ/エー)", "エイエフオーエックス", "AFOX"],
    ["one letter name is left to the phonetic reading (ビー may be Bee)", "ビー", undefined],
    ["not letters", "アガト", undefined],
  ])("%s: %s", (_c, word, expected) => {
    expect(spellLetters(word)).toBe(expected);
  });

  it("a lone letter name matches the letter (アイ・ジェット → I Jet)", () => {
    expect(isLetterName("AI", "I")).toBe(true);
    expect(isLetterName("EMU", "M")).toBe(true);
    expect(isLetterName("AI", "A")).toBe(false);
  });
});

describe("phonetic fold and skeleton (katakana-latin.ts)", () => {
  it.each([
    ["one liquid: L and R", "BELOMO", "BEROMO"],
    ["B and V", "KVANTEK", "KBANTEK"],
    ["PH = F", "PHOTON", "FOTON"],
    ["TH = T (タイ Thai)", "THAI", "TAI"],
    ["SH = S", "SHENZHEN", "SENJEN"],
    ["ZH = J (ジ)", "ZHENAO", "JENAO"],
    ["X = KS", "EXPORT", "EKSPORT"],
    ["C = S before E/I/Y, K elsewhere", "CENTRICA", "SENTRIKA"],
    ["NG = ン", "PELENG", "PEREN"],
    ["GN before a consonant or at the end = ン", "ALIGN", "ARIN"],
    ["final Y = I", "SPACETY", "SPASETI"],
    ["pinyin YI = イ", "YILUFA", "IRUFA"],
    ["doubled letters collapse (ッ, ー)", "SUPPORT", "SUPORT"],
  ])("%s: %s → %s", (_c, token, folded) => {
    expect(phoneticFold(token)).toBe(folded);
  });

  it.each([
    ["non-rhotic R: サポート = support", "SAPOOTO", "SUPPORT"],
    ["ル before a consonant is R + epenthetic U (ミノトル = Minotor)", "MINOTORU", "MINOTOR"],
    ["epenthetic vowels drop (インテグラル = Integral)", "INTEGURARU", "INTEGRAL"],
    ["Russian final В sounds F (ヴォラトアフト = Volatavto)", "VORATOAFUTO", "VOLATAVTO"],
  ])("%s: %s and %s share a skeleton", (_c, romaji, latin) => {
    expect(phoneticSkeleton(romaji, true)).toBe(phoneticSkeleton(latin));
    expect(phoneticSkeleton(latin)).not.toBe("");
  });

  it("skeletons of fewer than three consonants are not used (too unspecific)", () => {
    expect(phoneticSkeleton("AGAT")).toBe("");
  });
});

describe("katakana ↔ Latin token similarity", () => {
  it.each([
    ["epenthetic O after T (アガト)", "AGATO", "AGAT", 0.2],
    ["epenthetic U after L/R (ベルオモ)", "BERUOMO", "BELOMO", 0.2],
    ["ン for NG plus epenthetic U (ペレング)", "PERENGU", "PELENG", 0.2],
    ["non-rhotic ER written アー (センター; English row, engine 1.6)", "SENTAA", "CENTER", 0],
    ["アイ for an English long I (アライン)", "ARAIN", "ALIGN", 0.3],
    ["チ for Russian TI (プーチン)", "PUUCHIN", "PUTIN", 0.8],
    ["pinyin YI written イ (イールーファ)", "IIRUUFA", "YILUFA", 0],
  ])("%s: %s ~ %s", (_c, romaji, latin, distance) => {
    const sim = kanaLatinSimilarity(romaji, latin);
    expect(sim.distance).toBeCloseTo(distance, 5);
    expect(sim.score).toBeGreaterThan(0.75);
  });

  it.each([
    ["a different name", "AGATO", "ABRAM"],
    ["a short word with a consonant changed", "KIMU", "TIM"],
    ["length far apart", "SUPEESUTII", "SPA"],
  ])("%s: %s ≁ %s", (_c, romaji, latin) => {
    expect(kanaLatinSimilarity(romaji, latin).score).toBe(0);
  });
});

describe("cross-script reading of a name (kana-reading.ts)", () => {
  it.each([
    [
      "legal form removed, Latin letters kept, loanword read",
      "有限会社ATEエンジニアリング",
      "ATE/latin ENGINEERING/loanword",
    ],
    ["中黒 separates words", "アルファ・ベータ", "ARUFA/katakana BEETA/katakana"],
    ["spaces separate words", "タイ ITハードウェア", "TAI/katakana IT/latin HARDWARE/loanword"],
    ["letter-name acronym", "イーエルイー・テクノロジー", "ELE/loanword TECHNOLOGY/loanword"],
    ["ヴ read as V", "ヴォラト", "VORATO/katakana"],
  ])("%s: %s", (_c, name, expected) => {
    expect(readingOf(name)).toBe(expected);
  });

  it("names without katakana have no reading", () => {
    expect(kanaReading(normalizeName("Agat-System", org))).toBeNull();
    expect(kanaReading(normalizeName("国家保安委員会", org))).toBeNull();
  });
});

describe("cross-script scoring", () => {
  it.each([
    ["アガトシステム", "Agat-System"],
    ["ベルオモホールディング", "BelOMO Holding"],
    ["有限会社ATEエンジニアリング", "ATE-Engineering LLC"],
    ["ミノトルサービス", "Minotor-Service"],
    ["株式会社キドマテック", "Kidma Tech OJSC"],
  ])("%s finds %s through its reading (engine 1.2 did not)", (kana, latin) => {
    const now = compareNames(kana, latin, org);
    const before = compareNames(kana, latin, { ...org, config: BASELINE_CONFIG_1_2 });
    expect(now.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(before.score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(now.explanation.method).toBe("crossScript");
  });

  it("explains which words matched how (loanword / katakana) and never scores a reading as identical", () => {
    const r = compareNames("アガトシステム", "Agat-System", org);
    expect(r.score).toBeLessThan(1);
    expect(r.explanation.matched.map((m) => [m.query, m.candidate, m.kind])).toEqual([
      ["SYSTEMS", "SYSTEMS", "loanword"],
      ["AGATO", "AGAT", "katakana"],
    ]);
  });

  it("a shared loanword alone is weak evidence (generic words only)", () => {
    const r = compareNames("アガトシステム", "Orion Systems", org);
    expect(r.score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("works in both directions (Latin query, katakana candidate)", () => {
    expect(compareNames("BelOMO Holding", "ベルオモホールディング", org).score).toBeGreaterThanOrEqual(
      DEFAULT_THRESHOLD,
    );
  });

  it("numbers stay decisive in a reading", () => {
    expect(compareNames("ダ・グループ22", "DA Group 23", org).score).toBeLessThan(DEFAULT_THRESHOLD);
  });
});

describe("screening a katakana name against Latin-only list entries", () => {
  const entry = (sourceId: string, name: string): ListEntry => ({
    sourceId,
    list: "test",
    schema: "organization",
    names: [{ value: name, kind: "primary", script: "latin" }],
    countries: [],
    addresses: [],
    programs: [],
    details: {},
  });
  const entries = [
    entry("1", "Agat-System"),
    entry("2", "BelOMO Holding"),
    entry("3", "Peleng JSC"),
    entry("4", "Borromeo Trading"),
    entry("5", "Minotor-Service"),
  ];

  it.each([
    ["アガトシステム", "1"],
    ["ベルオモホールディング", "2"],
    ["株式会社ペレング", "3"],
    ["ミノトルサービス", "5"],
  ])("%s → entry %s, explained as a cross-script match", (name, id) => {
    const index = buildIndex(entries);
    const first = screenName(index, { name, schema: "organization" }).matches[0];
    expect(first?.sourceId).toBe(id);
    expect(first?.isMatch).toBe(true);
    expect(first?.explanation.method).toBe("crossScript");
    expect(first?.explanation.blockingKeys.some((k) => k.startsWith("X"))).toBe(true);
  });

  it("with the 1.2 configuration the same index finds none of them", () => {
    const index = buildIndex(entries, { config: BASELINE_CONFIG_1_2 });
    for (const name of ["アガトシステム", "ベルオモホールディング", "ミノトルサービス"]) {
      expect(screenName(index, { name, schema: "organization" }).matches.some((m) => m.isMatch)).toBe(false);
    }
  });
});
