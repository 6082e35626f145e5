import { Stack, Text } from "@mantine/core";
import type { PolicyDecisionKind } from "@renkei/domain";
import { useI18n } from "../../lib/i18n";
import { useAppliedPolicies } from "./api";

/**
 * "適用規程: 〇〇規程 第3版（2026年4月1日 施行）" beside a decision: the versions in force on the
 * decision's date (issue 17 item 3). Shows nothing before the decision or when no policy is registered.
 */
export function AppliedPolicy({
  decision,
  on,
}: {
  decision: PolicyDecisionKind;
  on: string | null | undefined;
}) {
  const { t, locale, date } = useI18n();
  const day = on ? on.slice(0, 10) : null;
  const applied = useAppliedPolicies(decision, day);
  const found = applied.data?.items.filter((i) => i.version) ?? [];
  if (found.length === 0) {
    return null;
  }
  return (
    <Stack gap={0} data-testid="applied-policy">
      {found.map(({ kind, version: v }) => (
        <Text key={kind} size="sm" c="dimmed">
          {t("policies.applied", {
            title: locale === "ja" ? v!.titleJa : v!.titleEn,
            n: v!.versionNo,
            date: date(v!.effectiveFrom),
          })}
        </Text>
      ))}
    </Stack>
  );
}
