import type { Deps } from "../../deps";

/** End User List (外国ユーザーリスト) categories a listed end user carries (spec §4.5). */
export type EulCategoryCode = "B" | "C" | "M" | "N" | "CW";

/**
 * Screens an end user's name against the institution's End User List (the screening feature, issue 3):
 * the best match above the threshold with its categories, or `null` when nothing matched.
 */
export type EndUserLookup = (
  deps: Deps,
  institutionId: string,
  name: string,
  country?: string | null,
) => Promise<{
  categories: EulCategoryCode[];
  list: string;
  listVersion: string;
  sourceId: string;
  matchedName: string;
  score: number;
} | null>;

/**
 * Used until the screening feature is wired in. It answers `null`, but the assess service recognises it
 * and reports the end user as *not screened* (EUL-NOT-SCREENED), never as "screened, no match".
 * TODO(integrator): replace with `lookupEndUserCategories` from features/screening/end-user-lookup.ts in
 * the routes that build the assess service (assess.routes.ts, transaction-reviews.routes.ts) and the CLI.
 */
export const endUserLookupNotWired: EndUserLookup = async () => null;

/** The lookup the app uses. TODO(integrator): `lookupEndUserCategories` (features/screening/end-user-lookup.ts). */
export const defaultEndUserLookup: EndUserLookup = endUserLookupNotWired;
