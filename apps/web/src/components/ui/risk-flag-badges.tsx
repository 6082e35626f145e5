import { Badge, Group, Text } from "@mantine/core";
import { RISK_FLAG_LABELS, type RiskFlag } from "@renkei/domain";
import { useI18n } from "../../lib/i18n";

const COLORS: Record<RiskFlag, string> = {
  foreign_government_control: "red",
  state_owned: "orange",
  credit_missing: "gray",
  credit_expired: "yellow",
  credit_caution: "yellow",
  credit_reject: "red",
};

/** Risk flags as coloured badges; `emptyText` is shown when there are none. */
export function RiskFlagBadges({ flags, emptyText }: { flags: readonly RiskFlag[]; emptyText?: string }) {
  const { label } = useI18n();
  if (flags.length === 0) {
    return emptyText ? (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    ) : null;
  }
  return (
    <Group gap={4}>
      {flags.map((f) => (
        <Badge key={f} color={COLORS[f]} variant="light" size="sm">
          {label(RISK_FLAG_LABELS[f])}
        </Badge>
      ))}
    </Group>
  );
}
