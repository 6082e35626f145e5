// Transliteration conventions of katakana renderings (issue 15, item 4; text/kana-conventions.ts): one
// row per convention with names written by it (examples of the convention, not list entries), the
// convention the match names, the reasons a reviewer reads, and pairs the conventions must not join.
import { describe, expect, it } from "vitest";
import { compareNames } from "./compare";
import { DEFAULT_THRESHOLD } from "./config";
import { buildIndex } from "./index-build";
import { screenName } from "./screen";
import { kanaLatinSimilarity } from "./text/kana-latin-similarity";
import type { ListEntry } from "./types";

const org = { schema: "organization" as const };

/** The convention each matched token pair of a comparison used, in order ("-" when none). */
function conventionsOf(a: string, b: string): string[] {
  return compareNames(a, b, org).explanation.matched.map((m) => m.convention ?? "-");
}

describe("transliteration conventions: a katakana word and its Latin spelling", () => {
  it.each([
    // Turkish: c = ジ, ç = チ (both C once the cedilla is lost), ş = シ, ı with the ウ column, ü = ュ.
    ["turkish", "c /dʒ/ written ジ", "JAN", "CAN"],
    ["turkish", "ç /tʃ/ written チ, doubled consonant ッ", "CHERIKKI", "CELIK"],
    ["turkish", "ç written チ at the end", "URUJU", "ULUC"],
    ["turkish", "ş written シュ, ı written ウ", "CHARUSHU", "CARSI"],
    ["turkish", "yı written ユ, dı written ドゥ", "YURUDUZU", "YILDIZ"],
    ["turkish", "ü written ュ, ş シ", "GYUNESHI", "GUNES"],
    // Hanyu Pinyin: x = シ, q = チ, zh = ジ, c = ツ.
    ["pinyin", "x written シ", "SHINSHII", "XINXI"],
    ["pinyin", "q written チ, -ng written ン", "CHINDAO", "QINGDAO"],
    ["pinyin", "zh written ジ", "JONSHIN", "ZHONGXIN"],
    ["pinyin", "c written ツ", "TSUAI", "CAI"],
    // Revised Romanization of Korean: eo and eu are single vowels.
    ["korean", "eo written オ", "SOURU", "SEOUL"],
    ["korean", "eo written ョ after j", "JONMIN", "JEONGMIN"],
    // Russian transliteration: initial Ye written エ.
    ["russian", "initial ye written エ", "EFUGENII", "YEVGENY"],
    // Arabic and Persian: gh written グ/ガ, ou written ウ.
    ["arabic", "gh written ガ", "GAASEMI", "GHASEMI"],
    ["arabic", "dh written ズ", "ZUHAIRU", "DHUHAIR"],
    // English loanwords: a long A written エイ.
    ["english", "long a written エイ", "MEIKU", "MAKE"],
    ["english", "-ation written エイション", "NEISHON", "NATION"],
    // Engine 1.7: silent letters, Greek CH, open-syllable Y, AW, a long A written エー, ジ for DI.
    ["english", "silent initial K", "NAITO", "KNIGHT"],
    ["english", "silent initial W", "RAITO", "WRIGHT"],
    ["english", "initial X before a consonant is エクス", "EKUSUTORIIMU", "XTREME"],
    ["english", "Greek CH is K, several epenthetic vowels", "MEKATORONIKUSU", "MECHATRONICS"],
    ["english", "Greek CH before R", "KUROMU", "CHROM"],
    ["english", "AW written オー", "HOOKU", "HAWK"],
    ["english", "WAR and QUAR written ウォー, クォー", "WOODO", "WARD"],
    ["english", "QUAR written クォー", "KUOOTAA", "QUARTER"],
    ["english", "Y in an open syllable written アイ", "JAIRO", "GYRO"],
    ["english", "CY written サイ", "SAIBAA", "CYBER"],
    ["english", "a final Y of one syllable written アイ", "SUKAI", "SKY"],
    ["english", "a long A written エー, silent final E", "GEETO", "GATE"],
    ["english", "DI written ジ (older loanwords)", "RAJIO", "RADIO"],
    // Engine 1.7: Russian Ё after a consonant (ョ) is E in the lists' Latin; Korean K + H is ク + ホ.
    ["russian", "Ё written ョ, E in Latin", "VUZURYOTO", "VZLET"],
    ["korean", "syllable-final K before H written ク", "PEKUHO", "PAEKHO"],
    // The common reading: long vowels, epenthetic vowels, ヴ/ブ, L/R.
    ["hepburn", "ヴ read as B, long vowel", "ZABOODO", "ZAVOD"],
    ["hepburn", "epenthetic U, L/R", "HERIKOPUTERU", "HELIKOPTER"],
  ])("%s: %s (%s ~ %s)", (convention, _what, romaji, latin) => {
    const sim = kanaLatinSimilarity(romaji, latin);
    expect(sim.score).toBeGreaterThan(0.8);
    expect(sim.convention).toBe(convention);
  });

  it.each([
    ["a different Turkish word", "JAN", "CAM"],
    ["a different Chinese city", "CHINDAO", "CHANGSHA"],
    ["a different Korean place", "SOURU", "SOFIA"],
    ["a different surname", "YURUDUZU", "YILMAZ"],
    ["a different English word", "MEIKU", "MIKE"],
    ["a word that only shares the silent letter's neighbours", "NAITO", "NOTE"],
    ["a different word with an initial W", "RAITO", "WRITTEN"],
    ["a different word starting SK", "SUKAI", "SKIP"],
    ["a different word with AW", "HOOKU", "HAWAII"],
    ["a different city", "RAJIO", "RIGA"],
  ])("%s is not taken for the word: %s ≁ %s", (_what, romaji, latin) => {
    expect(kanaLatinSimilarity(romaji, latin).score).toBe(0);
  });
});

describe("whole names read by a convention", () => {
  it.each([
    [
      "Turkish trade words",
      "アクス・ドゥシュ・ティジャーレット有限会社",
      "Aks Dis Ticaret Limited Sirketi",
      "turkish",
    ],
    [
      "Turkish abbreviations written out",
      "アクス・サナーイ・ヴェ・ティジャーレット",
      "Aks San Ve Tic",
      "turkish",
    ],
    ["a loanword spelt the Turkish way", "ユルマズ・テクノロジー", "Yilmaz Teknoloji", "turkish"],
    [
      "pinyin city and word",
      "チンダオ・シンシー・テクノロジー有限会社",
      "Qingdao Xinxi Technology Co Ltd",
      "pinyin",
    ],
    ["Korean romanisation", "ソウル・ジョンミン", "Seoul Jeongmin", "korean"],
    ["the Arabic article el written アル", "アル・ナスル・トレーディング", "El Nasr Trading", "arabic"],
  ])("%s: %s ~ %s (%s)", (_what, kana, latin, convention) => {
    const r = compareNames(kana, latin, org);
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(r.explanation.method).toBe("crossScript");
    expect(conventionsOf(kana, latin)).toContain(convention);
  });

  it("names the conventions in bilingual reasons with their standard", () => {
    const r = compareNames("アクス・ドゥシュ・ティジャーレット", "Aks Dis Ticaret", org);
    const reasons = r.explanation.reasons ?? [];
    const turkish = reasons.find((x) => x.ruleId === "SCR-XS-TURKISH");
    expect(turkish?.text.ja).toContain("トルコ語");
    expect(turkish?.text.en).toContain("TIJAARETTO ⇄ TICARET");
    expect(turkish?.citation.en).toContain("Turkish orthography");
    expect(turkish?.citation.ja).not.toBe("出典未登録");
    // The name part read by sound alone is explained by the common reading.
    expect(reasons.map((x) => x.ruleId)).toContain("SCR-XS-HEPBURN");
  });

  it("Latin names against each other carry no cross-script reasons", () => {
    expect(compareNames("Aks Dis Ticaret", "Aks Dis Ticaret Ltd", org).explanation.reasons).toBeUndefined();
  });

  it.each([
    ["another Turkish company", "アクス・ドゥシュ・ティジャーレット", "Aksoy Makina Sanayi"],
    ["another Chinese company", "チンダオ・シンシー・テクノロジー", "Chengdu Xinhua Technology"],
  ])("%s stays below the threshold: %s ≁ %s", (_what, kana, latin) => {
    expect(compareNames(kana, latin, org).score).toBeLessThan(DEFAULT_THRESHOLD);
  });
});

describe("a katakana organisation name among persons of similar names", () => {
  const entry = (sourceId: string, name: string, schema: ListEntry["schema"]): ListEntry => ({
    sourceId,
    list: "test",
    schema,
    names: [{ value: name, kind: "primary", script: "latin" }],
    countries: [],
    addresses: [],
    programs: [],
    details: {},
  });
  const SURNAMES = "Bernard Laurent Michaud Gautier Perrine".split(" ");

  it("finds the organisation although many persons share its distinctive word", () => {
    // 600 persons named "Align …" as long as the query's reading, and one company "Align Trading":
    // TRADING is a generic word without a blocking key, so before scoring only the schema tells
    // the company apart from the persons (without the preference the persons fill the rerank budget).
    const persons = Array.from({ length: 600 }, (_, i) =>
      entry(`p${i}`, `Align ${SURNAMES[i % SURNAMES.length]}`, "person"),
    );
    const company = entry("org", "Align Trading Company Limited", "organization");
    const index = buildIndex([...persons.slice(0, 100), company, ...persons.slice(100)]);
    const res = screenName(index, { name: "アライン・トレーディング", schema: "organization" });
    expect(res.matches[0]?.sourceId).toBe("org");
    expect(res.matches[0]?.isMatch).toBe(true);
  });
});
