// Engine 1.7 (issue 15, item 4): a Latin token written with the vowels katakana inserts after a
// consonant that closes a syllable (text/katakana-latin.ts `withEpentheticVowels`), indexed as a
// blocking key so that katakana words with several epenthetic vowels find their Latin spelling; and
// the readings added with it (letter names across 中黒, English words glued into brand names, ZAVOD).
import { describe, expect, it } from "vitest";
import { competingPersons, scoreFound, testEntry } from "./blocking-fixture";
import { compareNames } from "./compare";
import { BASELINE_CONFIG_1_6, DEFAULT_CONFIG, DEFAULT_THRESHOLD, type ScreeningConfig } from "./config";
import { buildIndex } from "./index-build";
import { gluedKanaReading, kanaReading } from "./kana-reading";
import { normalizeName } from "./normalize";
import { splitKanjiWords } from "./text/kanji-words";
import { withEpentheticVowels } from "./text/katakana-latin";

const org = { schema: "organization" as const };

describe("a folded Latin token written as katakana writes it (withEpentheticVowels)", () => {
  it.each([
    ["MEKATRONIKS", "MEKATORONIKUSU", "O after T, U after K and a final S"],
    ["KBARTSEBI", "KUBARUTSEBI", "TS is one sound (ツ): no vowel after its T"],
    ["TSENTR", "TSENTORU", "N (ン) takes no vowel"],
    ["BRIJ", "BURIJI", "I after J (ジ)"],
    ["CHIP", "CHIPU", "CH before a vowel takes none"],
    ["AGAT", "AGATO", "one vowel"],
  ])("%s → %s (%s)", (folded, shaped) => {
    expect(withEpentheticVowels(folded)).toBe(shaped);
  });
});

describe("blocking: a katakana word with several epenthetic vowels finds its Latin token", () => {
  // Persons whose names share sounds with the companies, so that candidates compete.
  const persons = competingPersons(["Meka", "Kuba", "Tron", "Ruta", "Spets", "Prom"]);
  const companies = [
    testEntry("c1", "Mechatronics Ltd", "organization"),
    testEntry("c2", "Archimetrix Ltd", "organization"),
    testEntry("c3", "Chromtex Ltd", "organization"),
    testEntry("c4", "Spetsmontazh LLC", "organization"),
  ];
  const found = (config: ScreeningConfig, query: string, sourceId: string) =>
    scoreFound(config, [...companies, ...persons], query, sourceId);

  it.each([
    ["メカトロニクス有限会社", "c1"],
    ["アルキメトリックス有限会社", "c2"],
    ["クロムテックス有限会社", "c3"],
  ])("%s finds %s; the engine 1.6 blocking does not", (query, sourceId) => {
    expect(found(DEFAULT_CONFIG, query, sourceId)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(found(BASELINE_CONFIG_1_6, query, sourceId)).toBe(0);
  });

  it("adds index keys only under engine 1.7, and only for tokens that take two vowels or more", () => {
    const keys = (config: ScreeningConfig, entries = companies) =>
      buildIndex(entries, { config }).keyHashes.length;
    expect(keys(DEFAULT_CONFIG)).toBeGreaterThan(keys(BASELINE_CONFIG_1_6));
    // AGAT takes one vowel (AGATO): the query's own epenthetic forms reach it, so no key is added.
    const agat = [testEntry("a1", "Agat", "organization")];
    expect(keys(DEFAULT_CONFIG, agat)).toBe(keys(BASELINE_CONFIG_1_6, agat));
  });
});

describe("readings added in engine 1.7", () => {
  it("letter names written one per word are one acronym; a word that is not a letter name ends it", () => {
    const mkt = kanaReading(normalizeName("エム・ケー・ティー・エレクトロニクス有限会社", org));
    expect(mkt?.tokens).toEqual(["MKT", "ELECTRONICS"]);
    expect(
      compareNames("エム・ケー・ティー・エレクトロニクス", "MKT Electronics Limited", org).score,
    ).toBeGreaterThan(DEFAULT_THRESHOLD);
    expect(kanaReading(normalizeName("アイ・ジェット", org))?.tokens).toEqual(["AI", "JETTO"]);
    expect(
      compareNames("エム・ケー・ティー・エレクトロニクス", "MKS Electronics Limited", org).score,
    ).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("English words glued into a brand name are read as words and compared glued", () => {
    const n = normalizeName("ブライトウェーブ・システムズ", org);
    expect(kanaReading(n)?.tokens).toEqual(["BRIGHT", "WAVE", "SYSTEMS"]);
    expect(gluedKanaReading(n)?.tokens).toEqual(["BRIGHTWAVE", "SYSTEMS"]);
    expect(compareNames("ブライトウェーブ・システムズ", "Brightwave Systems Ltd", org).score).toBeGreaterThan(
      DEFAULT_THRESHOLD,
    );
    expect(compareNames("ブライトウェーブ・システムズ", "Brightstone Systems Ltd", org).score).toBeLessThan(
      DEFAULT_THRESHOLD,
    );
  });

  it("ラボ is LABORATORY, as the lists' LAB and LABS are", () => {
    expect(kanaReading(normalizeName("フォトン・ラボ", org))?.tokens).toContain("LABORATORY");
  });

  it("Russian ZAVOD, ザヴォード and 工場 are one word (PLANT); glued, ZAVOD stays", () => {
    expect(normalizeName("Uralskiy Zavod", org).tokens).toEqual(["URALSKIY", "PLANT"]);
    expect(compareNames("ウラリスキー・ザヴォード", "Uralskiy Zavod", org).score).toBeGreaterThan(
      DEFAULT_THRESHOLD,
    );
    expect(compareNames("ウラリスキー工場", "Uralskiy Zavod", org).score).toBeGreaterThan(DEFAULT_THRESHOLD);
    expect(gluedKanaReading(normalizeName("ウラル・マシザヴォード", org))?.tokens).toContain("MASHIZAVOD");
  });

  it("合弁 and 交流 read as JOINT VENTURE and EXCHANGE", () => {
    expect(splitKanjiWords("電子合弁").map((p) => p.english)).toEqual(["ELECTRONICS", "JOINT VENTURE"]);
    expect(splitKanjiWords("技術交流").map((p) => p.english)).toEqual(["TECHNOLOGY", "EXCHANGE"]);
  });
});
