import type { Reason } from "../shared/decision";
import type { ListItemId, SensitivityTier } from "./data/list-items";
import type { RuleDataSnapshot } from "./data/registry";
import type { ItemClass } from "./result";
import type { ItemFacts } from "./schema";
import { because } from "./trace";

export interface ItemClassification {
  itemClass: ItemClass;
  listItem: ListItemId | "16-1" | "16-2" | null;
  /** 16(1)/16(2) for item 16 from 2025-10-09; null before the split or for other items. */
  sub16: "16-1" | "16-2" | null;
  tiers: SensitivityTier[];
  reasons: Reason[];
}

/**
 * Classifies the item from the 該非判定 result (spec §3): items 1–15 are list-controlled for every
 * destination, item 16 is catch-all (split into 16(1)/16(2) since 2025-10-09), `null` is outside the
 * regime, and a missing classification cannot be cleared.
 */
export function classifyItem(item: ItemFacts | undefined, data: RuleDataSnapshot): ItemClassification {
  const none = { sub16: null, tiers: [] as SensitivityTier[] };
  if (!item || item.listItem === undefined) {
    return { itemClass: "UNCLASSIFIED", listItem: null, ...none, reasons: [because("LC-UNCLASSIFIED")] };
  }
  if (item.listItem === null) {
    return { itemClass: "NON_CONTROLLED", listItem: null, ...none, reasons: [because("LC-NON-CONTROLLED")] };
  }
  const id = item.listItem;
  if (id === "16" || id === "16-1" || id === "16-2") {
    return classify16(id, item.hsCode, data);
  }
  const row = data.listItems?.items.find((i) => i.item === id);
  const tiers = row?.tiers ?? ["T-WMD"];
  const reasons = [because("LC-LIST", `item ${id}${row ? ` ${row.titleEn}` : ""}`)];
  if (tiers.includes("T-WMD")) {
    reasons.push(because("LC-TIER-WMD", `item ${id}`));
  }
  if (tiers.includes("T-ARMS")) {
    reasons.push(because("LC-TIER-ARMS"));
  }
  if (tiers.includes("T-VSL")) {
    reasons.push(because("LC-TIER-VSL"));
  }
  return { itemClass: "LIST", listItem: id, sub16: null, tiers, reasons };
}

function classify16(
  id: "16" | "16-1" | "16-2",
  hsCode: string | undefined,
  data: RuleDataSnapshot,
): ItemClassification {
  const reasons = [because("LC-CA16")];
  const base = { itemClass: "CA16" as const, tiers: ["T-CA" as const] };
  const hs = data.item16SpecificHs;
  if (!hs) {
    // Before 2025-10-09 there is no split; conventional controls depended only on destination and inform.
    return { ...base, listItem: "16", sub16: null, reasons };
  }
  let sub: "16-1" | "16-2" | null = id === "16" ? null : id;
  if (!sub && hsCode) {
    const included = hs.includePrefixes.some((p) => hsCode.startsWith(p));
    const excluded = hs.excludePrefixes.some((p) => hsCode.startsWith(p));
    sub = included && !excluded ? "16-1" : "16-2";
  }
  if (!sub) {
    // Conservative: 16(1) carries more conventional-weapons requirements (spec §4.2).
    reasons.push(because("LC-16-UNKNOWN", "no HS code"));
    return { ...base, listItem: "16", sub16: "16-1", reasons };
  }
  reasons.push(
    because(sub === "16-1" ? "LC-16-1" : "LC-16-2", hsCode ? `HS ${hsCode} (${hs.version})` : "as given"),
  );
  return { ...base, listItem: sub, sub16: sub, reasons };
}
