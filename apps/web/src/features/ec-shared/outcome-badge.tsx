import { Badge } from "@mantine/core";
import type { ExportControlOutcome } from "@renkei/domain";
import { type MessageKey, useI18n } from "../../lib/i18n";

const COLOR: Record<ExportControlOutcome, string> = {
  NO_LICENCE: "green",
  NO_LICENCE_EXEMPT: "teal",
  MANUAL_REVIEW: "yellow",
  LICENCE_REQUIRED: "orange",
  PROHIBITED: "red",
};

/** The engine's outcome in words (許可不要 / 要確認 / 許可が必要 …). */
export function OutcomeBadge({ outcome }: { outcome: ExportControlOutcome }) {
  const { t } = useI18n();
  return (
    <Badge color={COLOR[outcome]} variant="light">
      {t(`ec.outcome.${outcome}` as MessageKey)}
    </Badge>
  );
}

/** A status badge for any workflow status; labels come from `<prefix>.<status>` message keys. */
export function StatusBadge({ prefix, status, color }: { prefix: string; status: string; color: string }) {
  const { t } = useI18n();
  return (
    <Badge color={color} variant="outline">
      {t(`${prefix}.${status}` as MessageKey)}
    </Badge>
  );
}
