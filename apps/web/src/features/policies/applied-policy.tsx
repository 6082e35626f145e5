import { Anchor, Stack, Text } from "@mantine/core";
import { decisionDay, japanDate, type PolicyDecisionKind, type PolicyKind } from "@renkei/domain";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useAppliedPolicies } from "./api";

/**
 * "適用規程: 〇〇規程 第3版（2026年4月1日 施行）" beside a decision, linked to the written policy: the
 * versions in force on the decision's day (issue 17 item 3; the server's `policyInForce`). Shows nothing
 * before the decision or when no policy is registered. `on="today"` shows the rules in force now, for a
 * page that is followed day to day rather than decided once (the secrets of a case).
 */
export function AppliedPolicy({
  decision,
  on,
  only,
}: {
  decision: PolicyDecisionKind;
  on: string | null | undefined;
  /** One of the policies the decision applies (a page showing only part of the decision). */
  only?: PolicyKind;
}) {
  const { t, locale, date } = useI18n();
  const can = useCan();
  const current = on === "today";
  const day = current ? japanDate(new Date()) : decisionDay(on);
  const applied = useAppliedPolicies(decision, can("policy.read") ? day : null);
  const found = applied.data?.items.filter((i) => i.version && (!only || i.kind === only)) ?? [];
  if (found.length === 0) {
    return null;
  }
  return (
    <Stack gap={0} data-testid="applied-policy">
      {found.map(({ kind, version: v }) => (
        <Text key={kind} size="sm" c="dimmed">
          <Anchor component={Link} to={`/policies#policy-${v!.id}`} size="sm" c="dimmed" underline="always">
            {t(current ? "policies.current" : "policies.applied", {
              title: locale === "ja" ? v!.titleJa : v!.titleEn,
              n: v!.versionNo,
              date: date(v!.effectiveFrom),
            })}
          </Anchor>
        </Text>
      ))}
    </Stack>
  );
}
