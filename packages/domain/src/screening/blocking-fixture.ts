// Shared by the blocking tests of engines 1.5 and 1.6 (kana-sound-keys.test.ts,
// kana-convention-keys.test.ts): a small index of companies among persons whose names share their
// sounds, so that a katakana query's candidates compete as in a real list.
import type { ScreeningConfig } from "./config";
import { buildIndex } from "./index-build";
import { screenName } from "./screen";
import type { ListEntry } from "./types";

/** One Latin-named test entry. */
export function testEntry(sourceId: string, name: string, schema: ListEntry["schema"]): ListEntry {
  return {
    list: "test",
    sourceId,
    names: [{ value: name, kind: "primary", script: "latin" }],
    schema,
    countries: [],
    addresses: [],
    programs: [],
    details: {},
  };
}

/** 80 persons named with the given sounds (first names) and a numbered family name. */
export function competingPersons(sounds: string[]): ListEntry[] {
  return Array.from({ length: 80 }, (_, i) =>
    testEntry(`p${i}`, `${sounds[i % sounds.length]} Petrov${i}`, "person"),
  );
}

/** The score with which `query` (an organisation) finds `sourceId` in an index of `entries` (0: not found). */
export function scoreFound(
  config: ScreeningConfig,
  entries: ListEntry[],
  query: string,
  sourceId: string,
): number {
  const index = buildIndex(entries, { config });
  const hit = screenName(index, { name: query, schema: "organization" }).matches.find(
    (m) => m.sourceId === sourceId,
  );
  return hit?.score ?? 0;
}
