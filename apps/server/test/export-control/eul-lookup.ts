import { buildIndex, type ListEntry, screenName } from "@renkei/domain";
import type { EndUserLookup, EulCategoryCode } from "../../src/features/export-control/end-user-lookup";

// A small fictional 外国ユーザーリスト (no real list data in the repository) and a real lookup over it,
// built with the domain screening engine the way the screening feature does.
export const FICTIONAL_EUL: ListEntry[] = [
  {
    sourceId: "901",
    list: "jp-meti-eul",
    schema: "organization",
    names: [
      { value: "Northwind Institute of Applied Physics", kind: "primary", script: "latin" },
      { value: "NIAP", kind: "alias", script: "latin" },
    ],
    countries: ["Pakistan"],
    addresses: [],
    programs: ["CW"],
    details: {},
  },
  {
    sourceId: "902",
    list: "jp-meti-eul",
    schema: "organization",
    names: [{ value: "Crescent Isotope Research Centre", kind: "primary", script: "latin" }],
    countries: ["Iran"],
    addresses: [],
    programs: ["N"],
    details: {},
  },
];

export const FICTIONAL_EUL_VERSION = "eul-fictional@2025-10-09";

export function fictionalEulLookup(calls: string[] = []): EndUserLookup {
  const index = buildIndex(FICTIONAL_EUL, { listVersions: { "jp-meti-eul": FICTIONAL_EUL_VERSION } });
  return async (_deps, institutionId, name, country) => {
    calls.push(`${institutionId}:${name}`);
    const result = screenName(index, { name, schema: "organization", ...(country ? { country } : {}) });
    const best = result.matches.find((m) => m.isMatch);
    if (!best) {
      return null;
    }
    const entry = FICTIONAL_EUL.find((e) => e.sourceId === best.sourceId)!;
    return {
      categories: entry.programs as EulCategoryCode[],
      list: best.list,
      listVersion: result.listVersions?.[best.list] ?? "unknown",
      sourceId: best.sourceId,
      matchedName: best.name,
      score: best.score,
    };
  };
}
