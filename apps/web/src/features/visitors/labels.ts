import type { VisitorStatus } from "@renkei/domain";

export const VISITOR_STATUS_COLOR: Record<VisitorStatus, string> = {
  pending_review: "yellow",
  more_info_requested: "orange",
  accepted: "green",
  refused: "red",
};
