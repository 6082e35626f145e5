import { Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Switch, Text } from "@mantine/core";
import {
  BACKGROUND_USES,
  CO_OWNED_COST_SHARING,
  type ContractTerms,
  NON_PRACTICE_BASES,
  OPEN_SOURCE_POLICIES,
  RESULT_OWNERSHIPS,
} from "@renkei/domain";
import type { ReactNode } from "react";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { Check, numOrNull } from "./record-kit";

type Extra =
  | "termination"
  | "backgroundIp"
  | "nonPracticeCompensation"
  | "software"
  | "coOwnedPatents"
  | "thirdParties";

/** What a group holds when it is first agreed: the common, cautious choice (every value still editable). */
const START: { [K in Extra]: NonNullable<ContractTerms[K]> } = {
  termination: { noticeDays: 30, extensionByAgreement: true, autoRenewal: false, wrapUpDefined: true },
  backgroundIp: { listed: true, researchUseFree: true, commercialUse: "separately_agreed" },
  nonPracticeCompensation: { basis: "agreed_later" },
  software: { copyrightOwner: "joint", openSource: "with_consent" },
  coOwnedPatents: { costSharing: "by_share", consentToLicenceOrAssign: true },
  thirdParties: { joiningAllowed: false, consentRequired: true },
};

/**
 * The contract terms added for issue 14 (seed 001 §IV.2-7; E2, E14, E18): termination and extension,
 * background IP, 不実施補償, software, co-owned patents and third parties joining. A group left off stays
 * "not agreed yet" (null), which the rules point out where it matters.
 */
export function ContractTermsExtras({
  v,
  set,
  off,
}: {
  v: ContractTerms;
  set(patch: Partial<ContractTerms>): void;
  off: boolean;
}) {
  const { t } = useI18n();
  const opts = (prefix: string, values: readonly string[]) =>
    values.map((x) => ({ value: x, label: t(`${prefix}.${x}` as MessageKey) }));
  function group<K extends Extra>(key: K, body: (g: NonNullable<ContractTerms[K]>) => ReactNode) {
    const g = v[key] ?? null;
    return (
      <Paper withBorder p="sm" key={key} component="fieldset" aria-label={t(`terms.x.${key}` as MessageKey)}>
        <Stack gap="xs">
          <Switch
            label={t(`terms.x.${key}` as MessageKey)}
            description={g === null ? t("terms.x.notAgreed") : undefined}
            disabled={off}
            checked={g !== null}
            onChange={(e) =>
              set({ [key]: e.currentTarget.checked ? START[key] : null } as Partial<ContractTerms>)
            }
          />
          {g !== null && body(g as NonNullable<ContractTerms[K]>)}
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" fw={600}>
        {t("terms.x.title")}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {group("termination", (g) => (
          <Group align="flex-end">
            <NumberInput
              label={t("terms.x.noticeDays")}
              disabled={off}
              min={0}
              w={160}
              value={g.noticeDays ?? ""}
              onChange={(x) => set({ termination: { ...g, noticeDays: numOrNull(x) } })}
            />
            <Check
              label={t("terms.x.extension")}
              disabled={off}
              checked={g.extensionByAgreement}
              onChange={(x) => set({ termination: { ...g, extensionByAgreement: x } })}
            />
            <Check
              label={t("terms.x.autoRenewal")}
              disabled={off}
              checked={g.autoRenewal}
              onChange={(x) => set({ termination: { ...g, autoRenewal: x } })}
            />
            <Check
              label={t("terms.x.wrapUp")}
              disabled={off}
              checked={g.wrapUpDefined}
              onChange={(x) => set({ termination: { ...g, wrapUpDefined: x } })}
            />
          </Group>
        ))}
        {group("backgroundIp", (g) => (
          <Group align="flex-end">
            <Check
              label={t("terms.x.bgListed")}
              disabled={off}
              checked={g.listed}
              onChange={(x) => set({ backgroundIp: { ...g, listed: x } })}
            />
            <Check
              label={t("terms.x.bgResearchFree")}
              disabled={off}
              checked={g.researchUseFree}
              onChange={(x) => set({ backgroundIp: { ...g, researchUseFree: x } })}
            />
            <NativeSelect
              label={t("terms.x.bgCommercial")}
              disabled={off}
              value={g.commercialUse}
              data={opts("terms.x.bgUse", BACKGROUND_USES)}
              onChange={(e) =>
                set({
                  backgroundIp: { ...g, commercialUse: e.currentTarget.value as typeof g.commercialUse },
                })
              }
            />
          </Group>
        ))}
        {group("nonPracticeCompensation", (g) => (
          <NativeSelect
            label={t("terms.x.npBasis")}
            disabled={off}
            value={g.basis}
            data={opts("terms.x.np", NON_PRACTICE_BASES)}
            onChange={(e) =>
              set({ nonPracticeCompensation: { basis: e.currentTarget.value as typeof g.basis } })
            }
          />
        ))}
        {group("software", (g) => (
          <Group align="flex-end">
            <NativeSelect
              label={t("terms.x.swOwner")}
              disabled={off}
              value={g.copyrightOwner}
              data={opts("case.terms.ownership", RESULT_OWNERSHIPS)}
              onChange={(e) =>
                set({ software: { ...g, copyrightOwner: e.currentTarget.value as typeof g.copyrightOwner } })
              }
            />
            <NativeSelect
              label={t("terms.x.swOpen")}
              disabled={off}
              value={g.openSource}
              data={opts("terms.x.oss", OPEN_SOURCE_POLICIES)}
              onChange={(e) =>
                set({ software: { ...g, openSource: e.currentTarget.value as typeof g.openSource } })
              }
            />
          </Group>
        ))}
        {group("coOwnedPatents", (g) => (
          <Group align="flex-end">
            <NativeSelect
              label={t("terms.x.coCost")}
              disabled={off}
              value={g.costSharing}
              data={opts("terms.x.cost", CO_OWNED_COST_SHARING)}
              onChange={(e) =>
                set({ coOwnedPatents: { ...g, costSharing: e.currentTarget.value as typeof g.costSharing } })
              }
            />
            <Check
              label={t("terms.x.coConsent")}
              disabled={off}
              checked={g.consentToLicenceOrAssign}
              onChange={(x) => set({ coOwnedPatents: { ...g, consentToLicenceOrAssign: x } })}
            />
          </Group>
        ))}
        {group("thirdParties", (g) => (
          <Group>
            <Check
              label={t("terms.x.tpJoin")}
              disabled={off}
              checked={g.joiningAllowed}
              onChange={(x) => set({ thirdParties: { ...g, joiningAllowed: x } })}
            />
            <Check
              label={t("terms.x.tpConsent")}
              disabled={off}
              checked={g.consentRequired}
              onChange={(x) => set({ thirdParties: { ...g, consentRequired: x } })}
            />
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
