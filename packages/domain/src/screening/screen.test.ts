import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD, ENGINE_VERSION } from "./config";
import { buildIndex, indexStats } from "./index-build";
import { screenBatch, screenName } from "./screen";
import type { ListEntry } from "./types";

// Fictional list entries.
const entry = (
  sourceId: string,
  schema: ListEntry["schema"],
  names: string[],
  countries: string[] = [],
): ListEntry => ({
  sourceId,
  list: "test-list",
  schema,
  names: names.map((value, i) => ({ value, kind: i === 0 ? "primary" : "alias", script: "other" })),
  countries,
  addresses: [],
  programs: [],
  details: {},
});

const entries: ListEntry[] = [
  entry("1", "organization", ["Sakura Precision Industries Co., Ltd.", "株式会社サクラ精密工業"], ["Japan"]),
  entry("2", "organization", ["13th Research Institute of Example Group", "第十三研究所"], ["China"]),
  entry("3", "organization", ["14th Research Institute of Example Group"], ["China"]),
  entry("4", "person", ["Ivan Petrov", "Иван Петров"], ["Russia"]),
  entry("5", "organization", ["Shenzhen Bright Star Trading Co., Ltd.", "深圳明星贸易有限公司"], ["CN"]),
  entry("6", "person", ["Olaf Scholz"], ["Germany"]),
];
const index = buildIndex(entries, { listVersions: { "test-list": "2026-01-01" } });

describe("screenName", () => {
  it.each([
    ["Japanese legal form and hiragana", "さくら精密工業株式会社", "1"],
    ["English with abbreviation", "Sakura Precision Inds Co", "1"],
    ["kanji ordinal finds the numbered institute", "第13研究所", "2"],
    ["Latin ordinal", "Thirteenth Research Institute of Example Group", "2"],
    ["Cyrillic person", "Петров Иван", "4"],
    ["Chinese organisation", "深圳明星贸易", "5"],
    ["typo", "Olaf Scholze", "6"],
  ])("%s: %s → entry %s", (_, name, expected) => {
    const r = screenName(index, { name });
    expect(r.matches[0]?.sourceId).toBe(expected);
    expect(r.matches[0]?.isMatch).toBe(true);
  });

  it("does not confuse numbered institutes", () => {
    const r = screenName(index, { name: "14th Research Institute of Example Group" });
    expect(r.matches[0]?.sourceId).toBe("3");
    expect(r.matches.find((m) => m.sourceId === "2")?.isMatch ?? false).toBe(false);
  });

  it("reports versions, threshold and the normalised query", () => {
    const r = screenName(index, { name: "Ivan Petrov" });
    expect(r.engineVersion).toBe(ENGINE_VERSION);
    expect(r.configVersion).toBe(index.config.version);
    expect(r.threshold).toBe(DEFAULT_THRESHOLD);
    expect(r.listVersions).toEqual({ "test-list": "2026-01-01" });
    expect(r.normalizedQuery).toBe("IVAN PETROV");
  });

  it("orders matches by score and names the matched alias", () => {
    const r = screenName(index, { name: "Иван Петров" });
    const scores = r.matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(r.matches[0]?.entryName).toBe("Ivan Petrov");
  });

  it("applies country match and mismatch rules", () => {
    const same = screenName(index, { name: "Ivan Petrov", country: "RU" }).matches[0];
    const other = screenName(index, { name: "Ivan Petrov", country: "Japan" }).matches[0];
    expect(same?.explanation.entryRules.map((x) => x.rule)).toEqual(["countryMatch"]);
    expect(other?.explanation.entryRules.map((x) => x.rule)).toEqual(["countryMismatch"]);
    expect(same?.score ?? 0).toBeGreaterThan(other?.score ?? 1);
  });

  it("applies the schema mismatch rule", () => {
    const m = screenName(index, { name: "Ivan Petrov", schema: "organization" }).matches[0];
    expect(m?.explanation.entryRules.map((x) => x.rule)).toContain("schemaMismatch");
  });

  it("can hide candidates below the threshold", () => {
    const r = screenName(
      index,
      { name: "Olaf Scholz Trading" },
      { includeBelowThreshold: false, threshold: 0.99 },
    );
    expect(r.matches.every((m) => m.isMatch)).toBe(true);
  });

  it("returns nothing for an unrelated name", () => {
    expect(
      screenName(index, { name: "Completely Unrelated Bakery" }).matches.filter((m) => m.isMatch),
    ).toEqual([]);
  });

  it("batch gives the same results as single queries", () => {
    const queries = [{ name: "Ivan Petrov" }, { name: "第十三研究所" }];
    expect(screenBatch(index, queries)).toEqual(queries.map((q) => screenName(index, q)));
  });

  it("indexes every non-weak alias", () => {
    expect(indexStats(index).aliases).toBe(10);
  });
});
