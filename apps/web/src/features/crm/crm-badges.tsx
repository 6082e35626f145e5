import { Badge } from "@mantine/core";
import {
  ENTRY_REQUEST_STATUS_LABELS,
  type EntryRequestStatus,
  MATCH_STATUS_LABELS,
  type MatchStatus,
} from "@renkei/domain";
import { useI18n } from "../../lib/i18n";

const REQUEST_COLOR: Record<EntryRequestStatus, string> = {
  open: "blue",
  in_progress: "yellow",
  done: "green",
  declined: "gray",
};

const MATCH_COLOR: Record<MatchStatus, string> = {
  proposed: "blue",
  introduced: "yellow",
  agreed: "green",
  declined: "gray",
};

/** A request's status in words (受付 / 対応中 / 登録済み / 見送り). */
export function RequestStatusBadge({ status }: { status: EntryRequestStatus }) {
  const { label } = useI18n();
  return (
    <Badge color={REQUEST_COLOR[status]} variant="light">
      {label(ENTRY_REQUEST_STATUS_LABELS[status])}
    </Badge>
  );
}

/** A match's status in words (候補 / 紹介済み / 連携へ / 見送り). */
export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { label } = useI18n();
  return (
    <Badge color={MATCH_COLOR[status]} variant="light">
      {label(MATCH_STATUS_LABELS[status])}
    </Badge>
  );
}
