import {
  Alert,
  Anchor,
  Button,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { TCaseSettings } from "@renkei/contract";
import { THIRD_COUNTRY_ARBITRATION } from "@renkei/domain";
import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { CostSettingsSection } from "../cost/cost-settings-section";
import { useCaseSettings, useSaveCaseSettings } from "./queries";

const num = (v: string | number, fallback: number) => (v === "" ? fallback : Number(v));

/** The institution's case settings: indirect-cost rates (seed 001 case 23) and the rules' policy values. */
export function CaseSettingsPage() {
  const { t } = useI18n();
  const query = useCaseSettings();
  const save = useSaveCaseSettings();
  const [v, setV] = useState<TCaseSettings | null>(null);
  useEffect(() => {
    if (query.data && !v) {
      setV(query.data);
    }
  }, [query.data, v]);
  if (query.isPending || !v) {
    return query.isError ? <ErrorAlert error={query.error} /> : <Loading />;
  }
  const rates = v.costRates;
  const policy = v.policy;
  const mon = v.monitoringPolicy;
  return (
    <Stack>
      <Anchor component={Link} to="/cases" size="sm">
        ← {t("cases.title")}
      </Anchor>
      <PageTitle title={t("case.settings")} description={t("case.settings.help")} />
      {save.isSuccess && (
        <Alert color="green" role="status">
          {t("common.saved")}
        </Alert>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h5">
            {t("case.settings.rates")}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NumberInput
              label={t("case.settings.standardRate")}
              min={0}
              max={100}
              decimalScale={2}
              value={rates.standardIndirectRatePercent}
              onChange={(x) =>
                setV({ ...v, costRates: { ...rates, standardIndirectRatePercent: num(x, 0) } })
              }
            />
            <NumberInput
              label={t("case.settings.enhancedRate")}
              min={0}
              max={100}
              decimalScale={2}
              value={rates.enhancedIndirectRatePercent}
              onChange={(x) =>
                setV({ ...v, costRates: { ...rates, enhancedIndirectRatePercent: num(x, 0) } })
              }
            />
            <NumberInput
              label={t("case.settings.strategicRate")}
              min={0}
              max={100}
              decimalScale={2}
              value={rates.strategicRatePercent}
              onChange={(x) => setV({ ...v, costRates: { ...rates, strategicRatePercent: num(x, 0) } })}
            />
          </SimpleGrid>
          <Title order={2} size="h5">
            {t("case.settings.rules")}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NumberInput
              label={t("case.settings.screeningValidity")}
              min={1}
              value={policy.screeningValidityDays ?? ""}
              onChange={(x) =>
                setV({ ...v, policy: { ...policy, screeningValidityDays: x === "" ? null : Number(x) } })
              }
            />
            <NumberInput
              label={t("case.settings.publicationDelay")}
              min={0}
              value={policy.maxPublicationDelayDays}
              onChange={(x) => setV({ ...v, policy: { ...policy, maxPublicationDelayDays: num(x, 0) } })}
            />
            <NativeSelect
              label={t("case.settings.arbitration")}
              description={t("ip.settings.arbitrationOwner")}
              disabled
              value={policy.thirdCountryArbitration}
              data={THIRD_COUNTRY_ARBITRATION.map((a) => ({
                value: a,
                label: t(`case.settings.arbitration.${a}` as MessageKey),
              }))}
            />
            <NumberInput
              label={t("case.settings.maxOpenCases")}
              min={1}
              value={v.maxOpenCasesPerPi ?? ""}
              onChange={(x) => setV({ ...v, maxOpenCasesPerPi: x === "" ? null : Number(x) })}
            />
            <NumberInput
              label={t("case.settings.minutesDue")}
              min={0}
              value={mon.minutesDueDays}
              onChange={(x) => setV({ ...v, monitoringPolicy: { ...mon, minutesDueDays: num(x, 0) } })}
            />
            <NumberInput
              label={t("case.settings.dueSoon")}
              min={0}
              value={mon.dueSoonDays}
              onChange={(x) => setV({ ...v, monitoringPolicy: { ...mon, dueSoonDays: num(x, 0) } })}
            />
            <NumberInput
              label={t("case.settings.escalate")}
              min={0}
              value={mon.escalateAfterDays}
              onChange={(x) => setV({ ...v, monitoringPolicy: { ...mon, escalateAfterDays: num(x, 0) } })}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t("case.settings.note")}
          </Text>
          <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate(v)}>
            {t("common.save")}
          </Button>
        </Stack>
      </Paper>
      <CostSettingsSection />
    </Stack>
  );
}
