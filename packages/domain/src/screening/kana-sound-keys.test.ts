// Engine 1.5 (issue 15, item 4): katakana words find Latin tokens by their vowel pattern, and a
// katakana run that the loanword dictionary splits is also read as one glued word. Names are
// examples of the conventions (invented companies), not list entries.
import { describe, expect, it } from "vitest";
import { competingPersons, scoreFound, testEntry } from "./blocking-fixture";
import { compareNames } from "./compare";
import { BASELINE_CONFIG_1_4, DEFAULT_CONFIG, DEFAULT_THRESHOLD, type ScreeningConfig } from "./config";
import { buildIndex } from "./index-build";
import { gluedKanaReading, kanaReading } from "./kana-reading";
import { normalizeName } from "./normalize";
import { phoneticFold, vowelPattern, withoutWeakVowels } from "./text/katakana-latin";
import { letterName } from "./text/loanwords";

const org = { schema: "organization" as const };

describe("vowelPattern: vowel runs as one A, final vowel dropped, Z = S", () => {
  it.each([
    // [convention, token (Latin or romanised kana), pattern, pattern without a non-rhotic R]
    ["English long A written エイ, W before a vowel written ウ", "TAKEWELL", "TAKAR", ""],
    ["the same word in katakana (テイクウェル): final epenthetic U dropped", "TEIKUWERU", "TAKAR", "TAKAR"],
    ["non-rhotic R written ー (センター)", "CENTER", "SANTAR", "SANT"],
    ["センター: the long vowel is one vowel run", "SENTAA", "SANT", "SANT"],
    ["Z and S merged (ヴィジョン ~ Vizion)", "MVIZION", "NBASAN", "NBASAN"],
    ["fewer than three consonants: no key", "TAKO", "", ""],
  ])("%s: %s → %s", (_, token, pattern, nonRhotic) => {
    expect(vowelPattern(phoneticFold(token))).toBe(pattern);
    expect(vowelPattern(phoneticFold(token), true)).toBe(nonRhotic);
  });
});

describe("withoutWeakVowels: a single I, O or U between consonants dropped on both sides", () => {
  it.each([
    ["every epenthetic vowel of a katakana rendering", "BURUSUTORADO", "BRSTRADO"],
    ["the Latin spelling loses its own weak vowel: the same form", "BURSTRAD", "BRSTRAD"],
    ["a vowel run is kept (ウェ, エイ)", "MEIKUERU", "MEIKUERU"],
    ["A and E are never weak; a final vowel is left to vowelPattern", "KATANA", "KATANA"],
  ])("%s: %s → %s", (_, folded, out) => {
    expect(withoutWeakVowels(folded)).toBe(out);
  });

  it("gives the katakana rendering and the Latin spelling one vowel pattern", () => {
    expect(vowelPattern(withoutWeakVowels(phoneticFold("BURUSUTORADO")))).toBe(
      vowelPattern(withoutWeakVowels(phoneticFold("BULSTRAD"))),
    );
  });
});

describe("glued reading of a katakana run split by the dictionary", () => {
  it.each([
    [
      "a word glued to a short loanword (テック kept as TECH, not expanded)",
      "ウェステック",
      "WESU TECHNOLOGY",
      "WESUTECH",
    ],
    ["a letter name glued to a loanword (エム = M)", "エムヴィジョン", "EMU VISION", "MVISION"],
    [
      "only the split run is glued; a word after ・ stays apart",
      "エムテック・ソリューションズ",
      "EMU TECHNOLOGY SOLUTIONS",
      "MTECH SOLUTIONS",
    ],
    ["a run the dictionary does not split has no glued reading", "ベルオモ", "BERUOMO", null],
  ])("%s: %s", (_, kana, reading, glued) => {
    const n = normalizeName(kana, org);
    expect(kanaReading(n)?.latin).toBe(reading);
    expect(gluedKanaReading(n)?.latin ?? null).toBe(glued);
  });

  it.each([
    ["エム", "M"],
    ["ケイ", "K"],
    ["ダブリュー", "W"],
    ["エムス", undefined],
  ])("letterName(%s) = %s", (kana, letter) => {
    expect(letterName(kana)).toBe(letter);
  });
});

describe("scoring: the better of the split and the glued reading (1.5) against 1.4", () => {
  const score = (a: string, b: string, config: ScreeningConfig) =>
    compareNames(a, b, { ...org, config }).score;
  it.each([
    ["ウェステック", "Westech"],
    ["エムヴィジョン", "Mvision"],
  ])("%s ~ %s matches in 1.5 and not in 1.4", (kana, latin) => {
    expect(score(kana, latin, DEFAULT_CONFIG)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(score(kana, latin, BASELINE_CONFIG_1_4)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it.each([
    // The glued reading must not join a glued word to a different, longer name.
    ["ウェステック", "West Technology Partners Holdings"],
    ["エムヴィジョン", "Envision Mining"],
  ])("%s does not match %s", (kana, latin) => {
    expect(score(kana, latin, DEFAULT_CONFIG)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("a cross-script comparison still never scores as identical", () => {
    expect(score("ウェステック", "Westech", DEFAULT_CONFIG)).toBeLessThanOrEqual(0.95);
  });
});

describe("blocking: the vowel-pattern and glued keys bring the entry into the candidates", () => {
  // Persons whose names share a sound with the companies, so that candidates compete.
  const persons = competingPersons(["Takar", "Wesley", "Envi", "Makar"]);
  const companies = [
    testEntry("c1", "Takewell Trading Co., Limited", "organization"),
    testEntry("c2", "Westech Limited", "organization"),
    testEntry("c3", "Mvision LLC", "organization"),
  ];
  const found = (config: ScreeningConfig, query: string, sourceId: string) =>
    scoreFound(config, [...companies, ...persons], query, sourceId);

  it.each([
    ["テイクウェル・トレーディング有限会社", "c1", "vowel pattern TAKAR: no other key is shared"],
    ["ウェステック", "c2", "glued reading WESUTECH: its vowel pattern ASTACH"],
    ["エムヴィジョン有限会社", "c3", "glued reading MVISION"],
  ])("%s finds %s (%s); engine 1.4 does not", (query, sourceId) => {
    expect(found(DEFAULT_CONFIG, query, sourceId)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(found(BASELINE_CONFIG_1_4, query, sourceId)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("adds index keys only under engine 1.5 (the 1.4 baseline builds the 1.4 index)", () => {
    const keys = (config: ScreeningConfig) => buildIndex(companies, { config }).keyHashes.length;
    expect(keys(DEFAULT_CONFIG)).toBeGreaterThan(keys(BASELINE_CONFIG_1_4));
  });
});
