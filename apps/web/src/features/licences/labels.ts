import type { LicenceApplicationStatus } from "@renkei/domain";

export const LICENCE_STATUS_COLOR: Record<LicenceApplicationStatus, string> = {
  drafting: "gray",
  filed: "yellow",
  granted: "green",
  refused: "red",
  expired: "dark",
};
