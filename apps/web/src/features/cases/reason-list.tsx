import { List, Text } from "@mantine/core";
import type { TReason } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";

/** Reasons from the domain: the text, and where the rule comes from (seed / spec section). */
export function ReasonList({ reasons, color }: { reasons: TReason[]; color?: string }) {
  const { t } = useI18n();
  return (
    <List size="sm" spacing={2} c={color}>
      {reasons.map((r) => (
        <List.Item key={`${r.ruleId}:${r.text}`}>
          {r.text}{" "}
          <Text span size="xs" c="dimmed" title={`${t("case.source")}: ${r.sourceId} (${r.ruleId})`}>
            [{r.sourceId}]
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The problems reported with a refused request (RULE_VIOLATION details), if any. */
export function reasonsOf(error: unknown): TReason[] {
  const details = (error as { details?: { reasons?: unknown } } | null)?.details;
  return Array.isArray(details?.reasons) ? (details.reasons as TReason[]) : [];
}
