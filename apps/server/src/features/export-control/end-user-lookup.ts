import type { Deps } from "../../deps";
import { lookupEndUserCategories } from "../screening/end-user-lookup";

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
 * A lookup that cannot screen (no lists to ask). It answers `null`, but the assess service recognises it
 * and reports the end user as *not screened* (EUL-NOT-SCREENED), never as "screened, no match".
 */
export const endUserLookupNotWired: EndUserLookup = async () => null;

/** The lookup the app uses: the institution's METI End User List versions, through the screening engine. */
export const defaultEndUserLookup: EndUserLookup = lookupEndUserCategories;
