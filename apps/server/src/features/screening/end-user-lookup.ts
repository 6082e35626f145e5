// Seam for export control (該非判定 / 取引審査, seed 001 §IV): is a party on a METI End User List
// (外国ユーザーリスト) imported by the institution, and with which concern categories (B/C/M/N, CW)?

import { screenName } from "@renkei/domain";
import type { Deps } from "../../deps";
import { institutionIndex } from "./index-cache";

type EulCategory = "B" | "C" | "M" | "N" | "CW";
const CATEGORIES: readonly string[] = ["B", "C", "M", "N", "CW"];

/**
 * Best match at or above the engine's threshold among the institution's lists in METI EUL format (the
 * latest version of each), or null. The country, when given, qualifies the score as in every screening.
 */
export async function lookupEndUserCategories(
  deps: Deps,
  institutionId: string,
  name: string,
  country?: string | null,
): Promise<{
  categories: EulCategory[];
  list: string;
  listVersion: string;
  sourceId: string;
  matchedName: string;
  score: number;
} | null> {
  if (name.trim() === "") {
    return null;
  }
  const idx = await institutionIndex(deps.db, institutionId);
  const eulLists = Object.keys(idx.formats).filter((l) => idx.formats[l] === "meti-eul");
  if (eulLists.length === 0) {
    return null;
  }
  const result = screenName(
    idx.index,
    { name, schema: "organization", ...(country ? { country } : {}) },
    { lists: eulLists, includeBelowThreshold: false },
  );
  const best = result.matches.find((m) => m.isMatch);
  if (!best) {
    return null;
  }
  const meta = idx.meta.get(`${best.list}\u0000${best.sourceId}`);
  return {
    categories: (meta?.categories ?? []).filter((c): c is EulCategory => CATEGORIES.includes(c)),
    list: best.list,
    listVersion: meta?.versionLabel ?? "",
    sourceId: best.sourceId,
    matchedName: best.name,
    score: best.score,
  };
}
