import { describe, expect, it } from "vitest";
import { compareNames } from "./compare";
import { DEFAULT_THRESHOLD } from "./config";
import type { EntitySchema } from "./types";

// Fictional names unless noted; real-style pairs only where they illustrate a documented rule.
const cases: [string, string, string, EntitySchema | undefined, boolean][] = [
  ["identical", "Sakura Seiko", "Sakura Seiko", "organization", true],
  ["legal form differs", "Sakura Seiko Co., Ltd.", "Sakura Seiko Inc", "organization", true],
  ["株式会社 vs (株)", "株式会社サクラ精工", "サクラ精工(株)", "organization", true],
  ["itaiji surname", "齋藤太郎", "斉藤太郎", "person", true],
  ["one kanji differs", "高石早苗", "高市早苗", "person", false],
  ["katakana vs hiragana", "サクラ", "さくら", "organization", true],
  ["romaji long vowel", "Satou Yuuki", "Sato Yuki", "person", true],
  ["kana vs Hepburn", "サトウ ユウキ", "Sato Yuki", "person", true],
  ["Cyrillic vs Latin", "Иван Петров", "Ivan Petrov", "person", true],
  ["pinyin merged syllables", "王小明", "Wang Xiaoming", "person", true],
  ["typo", "Olaf Scholze", "Olaf Scholz", "person", true],
  ["different first name", "Octavian Scholz", "Olaf Scholz", "person", false],
  ["number decisive (Latin)", "13th Research Institute", "14th Research Institute", "organization", false],
  ["number decisive (kanji)", "第13研究所", "第14研究所", "organization", false],
  [
    "number in words vs digits",
    "Thirteenth Research Institute",
    "13th Research Institute",
    "organization",
    true,
  ],
  ["abbreviations", "Sample Intl Tech Grp", "Sample International Technology Group", "organization", true],
  ["token order", "Petrov Ivan", "Ivan Petrov", "person", true],
  [
    "split/merged token",
    "Allparts Trading Co., Ltd.",
    "All Parts Trading Company Limited",
    "organization",
    true,
  ],
  ["only generic words agree", "Alpha Trading Company", "Omega Trading Company", "organization", false],
];

describe("compareNames", () => {
  it.each(cases)("%s: %s ~ %s", (_, a, b, schema, expected) => {
    const r = compareNames(a, b, { schema });
    expect(r.score >= DEFAULT_THRESHOLD).toBe(expected);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it("explains an exact token match and a fuzzy one with its edit distance", () => {
    const r = compareNames("Olaf Scholze", "Olaf Scholz", { schema: "person" });
    expect(r.explanation.matched).toContainEqual({
      query: "OLAF",
      candidate: "OLAF",
      kind: "exact",
      score: 1,
    });
    expect(r.explanation.matched).toContainEqual(
      expect.objectContaining({ query: "SCHOLZE", candidate: "SCHOLZ", kind: "fuzzy", distance: 1 }),
    );
  });

  it("explains transliteration equivalence", () => {
    const r = compareNames("Иван Петров", "Ivan Petrov", { schema: "person" });
    expect(r.explanation.matched.map((m) => m.kind)).toEqual(["translit", "translit"]);
  });

  it("explains romaji equivalence", () => {
    const r = compareNames("サトウ", "Sato", { schema: "person" });
    expect(r.explanation.matched[0]?.kind).toBe("romaji");
  });

  it("reports the number rule that lowered the score", () => {
    const r = compareNames("13th Research Institute", "14th Research Institute", { schema: "organization" });
    expect(r.explanation.rules.map((x) => x.rule)).toContain("numberMismatch");
    expect(r.score).toBeLessThan(r.explanation.baseScore);
  });

  it("lists missing tokens on both sides", () => {
    const r = compareNames("Ivan Sergeyevich Petrov", "Ivan Petrov Junior", { schema: "person" });
    expect(r.explanation.missingQuery).toEqual(["SERGEYEVICH"]);
    expect(r.explanation.missingCandidate).toEqual(["JUNIOR"]);
  });

  it("caps generic-only agreement and says so", () => {
    const r = compareNames(
      "Alpha Trading Group Holding Technology Engineering",
      "Omega Trading Group Holding Technology Engineering",
      { schema: "organization" },
    );
    expect(r.explanation.rules.map((x) => x.rule)).toContain("genericOnly");
    expect(r.score).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("uses the native key for two CJK names", () => {
    expect(compareNames("髙橋製作所", "高橋製作所").explanation.method).toBe("native");
  });

  it("initials match persons but not organisations", () => {
    expect(
      compareNames("J Smith", "John Smith", { schema: "person" }).explanation.matched.map((m) => m.kind),
    ).toContain("initial");
    expect(
      compareNames("J Smith", "John Smith", { schema: "organization" }).explanation.matched.map(
        (m) => m.kind,
      ),
    ).not.toContain("initial");
  });
});
