import type { ClearanceStatus, TripItemClass, TripStatus } from "@renkei/domain";
import type { I18n } from "../../lib/i18n";

export const TRIP_STATUS_COLOR: Record<TripStatus, string> = {
  submitted: "yellow",
  more_info_requested: "orange",
  cleared: "green",
  refused: "red",
  withdrawn: "gray",
};

export const CLEARANCE_COLOR: Record<ClearanceStatus, string> = {
  cleared: "green",
  pending: "yellow",
  refused: "red",
};

/** 該非判定 result in words: 未判定 / 非該当 / 7項 / 3の2項 / 16項(1). */
export function classLabel(i18n: I18n, c: TripItemClass): string {
  if (c === "none" || c === "unknown") {
    return i18n.t(`trips.class.${c}`);
  }
  const n = c === "3-2" ? "3の2" : c.startsWith("16-") ? `16(${c.slice(3)})` : c;
  return i18n.t("trips.class.item", { n });
}
