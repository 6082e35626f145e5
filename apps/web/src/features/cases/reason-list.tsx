import { List, Text } from "@mantine/core";
import type { TReason } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";
import { readReason } from "../../lib/reasons";

/** Reasons from the domain: the text, and the law, guideline or policy it applies, in the reader's language. */
export function ReasonList({ reasons, color }: { reasons: readonly unknown[]; color?: string }) {
  const { locale, paren } = useI18n();
  return (
    <List size="sm" spacing={2} c={color}>
      {reasons.map(readReason).map((r) => (
        <List.Item key={`${r.ruleId}:${r.text.ja}`}>
          {r.text[locale]}{" "}
          <Text span size="xs" c="dimmed">
            {paren(r.citation[locale])}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The problems reported with a refused request (RULE_VIOLATION details), if any. */
export function reasonsOf(error: unknown): TReason[] {
  const details = (error as { details?: { reasons?: unknown } } | null)?.details;
  return Array.isArray(details?.reasons) ? (details.reasons as unknown[]).map(readReason) : [];
}
