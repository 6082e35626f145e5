import type { CatchAllEvaluation } from "./catch-all";
import { type EulCategory, WMD_EUL_CATEGORIES } from "./data/eul";
import type { ItemClassification } from "./list-control";
import type { EndUserFacts } from "./schema";

/**
 * Concern signals known to the institution (inform, stated WMD/military use, End User List listing).
 * For list items they block any exemption (spec §5.1 [R], §11 rule 4) even though list control, not
 * catch-all, is the legal basis.
 */
export function concernSignals(endUser: EndUserFacts | undefined, eulCategories: EulCategory[]): string[] {
  const signals: string[] = [];
  if (endUser?.informNotice) {
    signals.push("INFORM");
  }
  if (endUser?.statedWmdUse) {
    signals.push("WMD_USE");
  }
  if (endUser?.statedMilitaryUse) {
    signals.push("MILITARY_USE");
  }
  if (eulCategories.length > 0) {
    signals.push(`EUL:${eulCategories.join("+")}`);
  }
  return signals;
}

/**
 * Whether the item is WMD-related for the Iran snapback (spec §4.6, S24): T-WMD tier, a WMD concern type,
 * a stated WMD use or a WMD catch-all hit. `false` only when the item was assessed as outside the regime or
 * its concern types were given; otherwise `null` (unknown → review).
 */
export function isWmdRelated(
  item: ItemClassification,
  concernTypes: EulCategory[] | undefined,
  endUser: EndUserFacts | undefined,
  catchAll: CatchAllEvaluation | null,
): boolean | null {
  if (
    item.tiers.includes("T-WMD") ||
    endUser?.statedWmdUse === true ||
    concernTypes?.some((c) => WMD_EUL_CATEGORIES.includes(c)) ||
    catchAll?.triggers.some((t) => t === "EUL_MATCH" || t === "WMD_USE")
  ) {
    return true;
  }
  return item.itemClass === "NON_CONTROLLED" || concernTypes !== undefined ? false : null;
}
