// Candidate generation (blocking) behaviours of the index, on small fictional lists.
import { describe, expect, it } from "vitest";
import { blockingKeys, indexKeyHashes, queryKeys } from "./blocking-keys";
import { DEFAULT_CONFIG } from "./config";
import { buildIndex, findKey } from "./index-build";
import { normalizeName } from "./normalize";
import { screenName } from "./screen";
import type { ListEntry } from "./types";

const entry = (
  sourceId: string,
  names: string[],
  list = "test",
  schema: ListEntry["schema"] = "person",
): ListEntry => ({
  sourceId,
  list,
  schema,
  names: names.map((value, i) => ({ value, kind: i === 0 ? "primary" : "alias", script: "other" })),
  countries: [],
  addresses: [],
  programs: [],
  details: {},
});

// Many entries share the common first name; only one has the surname.
const FIRST = ["John", "Maria", "Ali"];
const SURNAMES = [
  "Abbott",
  "Baxter",
  "Carver",
  "Dalton",
  "Easton",
  "Fuller",
  "Garner",
  "Holt",
  "Irving",
  "Jarvis",
];
const crowd: ListEntry[] = [];
for (const first of FIRST) {
  SURNAMES.forEach((last, i) => {
    for (let k = 0; k < 5; k++) {
      crowd.push(entry(`${first}-${i}-${k}`, [`${first} ${last}${"son".repeat(k)}`]));
    }
  });
}

const index = buildIndex([
  ...crowd,
  entry("target", ["John Whitcombe"]),
  entry("merged", ["Allparts Trading"], "test", "organization"),
  entry("kanji", ["山田 太郎"]),
  entry("arabic", ["Mohamed Ali Haddad"]),
  entry("other-list", ["Quentin Marlowe"], "other"),
]);

const top = (name: string, options = {}) => screenName(index, { name }, options).matches[0]?.sourceId;

describe("blocking", () => {
  it.each([
    ["exact", "John Whitcombe"],
    ["substitution in the rare token", "John Whitcomba"],
    ["deletion", "John Whitcome"],
    ["insertion", "John Whittcombe"],
    ["transposition", "John Whitcmobe"],
    ["reversed order with a comma", "Whitcombe, John"],
    ["common first name misspelt too", "Jon Whitcombe"],
  ])("finds the entry despite a typo: %s", (_, name) => {
    expect(top(name)).toBe("target");
  });

  it.each([
    ["split token", "All Parts Trading", "merged"],
    ["reordered kanji name", "太郎 山田", "kanji"],
    ["Arabic script against a Latin entry", "محمد علي حداد", "arabic"],
  ])("finds %s", (_, name, expected) => {
    expect(top(name)).toBe(expected);
  });

  it("returns nothing when no key is known", () => {
    expect(screenName(index, { name: "Zzyzx Qwerty" }).matches).toEqual([]);
  });

  it("still ranks a query made only of frequent tokens", () => {
    expect(screenName(index, { name: "John Abbott" }).matches[0]?.name).toBe("John Abbott");
  });

  it("scores at most two aliases per entry, leaving room for other entries", () => {
    const many = entry(
      "many",
      Array.from({ length: 12 }, (_, k) => `Sample Person ${"X".repeat(k + 1)}`),
    );
    const others = ["Sample Persson", "Sample Persen", "Sampel Person"].map((n, i) => entry(`o${i}`, [n]));
    const small = buildIndex([many, ...others], { config: { ...DEFAULT_CONFIG, maxCandidates: 5 } });
    const ids = screenName(small, { name: "Sample Person" }).matches.map((m) => m.sourceId);
    expect(ids).toContain("many");
    expect(new Set(ids).size).toBeGreaterThanOrEqual(4);
  });

  it("applies the list filter before the rerank budget", () => {
    expect(top("Quentin Marlowe", { lists: ["other"] })).toBe("other-list");
    expect(screenName(index, { name: "John Whitcombe" }, { lists: ["other"] }).matches).toEqual([]);
  });

  it("query keys meet index keys for every edit of one character", () => {
    const indexed = normalizeName("WHITCOMBE", { schema: "person" });
    const hashes: number[] = [];
    indexKeyHashes(indexed, hashes);
    const set = new Set(hashes);
    for (const variant of ["WHITCOMBA", "WHITCOME", "WHITTCOMBE", "WHITCMOBE"]) {
      const shared = queryKeys(normalizeName(variant, { schema: "person" })).some((k) => set.has(k.hash));
      expect(shared, variant).toBe(true);
    }
  });

  it("looks keys up by hash", () => {
    const hashes: number[] = [];
    indexKeyHashes(normalizeName("John Whitcombe", { schema: "person" }), hashes);
    expect(hashes.every((h) => findKey(index, h) >= 0)).toBe(true);
    expect(findKey(index, 12345)).toBe(-1);
  });

  it("explains the readable keys of a name", () => {
    expect(blockingKeys(normalizeName("Shinbashi Taro", { schema: "person" }))).toEqual([
      "T:SHINBASHI",
      "L:SINBASI",
      "T:TARO",
      "J:SINBASITARO",
    ]);
  });
});
