import type { Reason } from "../shared/decision";
import type { EulCategory, EulVersion } from "./data/eul";
import type { EulLookup } from "./result";
import type { EndUserFacts } from "./schema";
import { because } from "./trace";

export interface EulStatus {
  categories: EulCategory[];
  /** Whether the End User List status is known (given, or screened with or without a match). */
  known: boolean;
  source: "input" | "screening" | "not_screened" | "none";
  listVersion: string | null;
  matchedName: string | null;
  reasons: Reason[];
}

/**
 * The end user's 外国ユーザーリスト categories (spec §4.5): from the input when given, else from the
 * server's screening (`lookup`: a match, or `null` for no match), else unknown. Categories that did not
 * exist on the assessment date (CW before 2025-10-09) are dropped.
 */
export function resolveEul(
  endUser: EndUserFacts | undefined,
  lookup: EulLookup | null | undefined,
  version: EulVersion | null,
): EulStatus {
  const base = { listVersion: version?.version ?? null, matchedName: null };
  if (!endUser) {
    return { ...base, categories: [], known: false, source: "none", reasons: [] };
  }
  const reasons: Reason[] = [];
  const inForce = (cats: EulCategory[]) => {
    const kept = cats.filter((c) => !version || version.categories.includes(c));
    if (kept.length < cats.length) {
      reasons.push(because("EUL-CW-NOT-IN-FORCE", version?.version));
    }
    return kept;
  };
  if (endUser.eulCategories) {
    const categories = inForce(endUser.eulCategories);
    reasons.unshift(because("EUL-INPUT", categories.length ? categories.join(",") : "not listed"));
    return { ...base, categories, known: true, source: "input", reasons };
  }
  if (lookup === null) {
    reasons.push(because("EUL-SCREENING-NO-MATCH", endUser.name ? `"${endUser.name}"` : undefined));
    return { ...base, categories: [], known: true, source: "screening", reasons };
  }
  if (lookup) {
    const categories = inForce(lookup.categories);
    reasons.unshift(
      because(
        "EUL-SCREENING",
        `categories ${categories.join(",") || "none"} came from screening: "${lookup.matchedName}" on list ${lookup.listVersion}`,
      ),
    );
    return {
      categories,
      known: true,
      source: "screening",
      listVersion: lookup.listVersion,
      matchedName: lookup.matchedName,
      reasons,
    };
  }
  return {
    ...base,
    categories: [],
    known: false,
    source: "not_screened",
    reasons: [because("EUL-NOT-SCREENED")],
  };
}
