import { Alert, Button, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { TCostComponentsInput } from "@renkei/contract";
import { INDIRECT_PARTS, ZCostComponents } from "@renkei/domain";
import { useEffect, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { serverFieldErrors, validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCostSettings, useSaveCostSettings } from "./api";

const LEVELS = ["1", "2", "3"] as const;
const int = (v: string | number) => (v === "" ? 0 : Number(v));

/**
 * On the case settings page: the split of the indirect cost (seed 001 case 23) and the secrecy cost per
 * level (seed 000 §3-2(1)). Shares must add up to 100 %: checked here with the server's own schema.
 */
export function CostSettingsSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useCostSettings();
  const save = useSaveCostSettings();
  const [v, setV] = useState<TCostComponentsInput | null>(null);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    if (query.data && !v) {
      setV(query.data.settings);
    }
  }, [query.data, v]);
  if (!v) {
    return query.isError ? <ErrorAlert error={query.error} /> : null;
  }
  const local = tried ? validateWith(ZCostComponents, v) : {};
  const errors = { ...serverFieldErrors(save.error), ...local };
  const sum = INDIRECT_PARTS.reduce((s, p) => s + v.indirectShares[p], 0);
  return (
    <Paper withBorder p="md" component="section" aria-label={t("cost.settings")}>
      <Stack>
        <Title order={2} size="h5">
          {t("cost.settings")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("cost.settings.help")}
        </Text>
        {query.data && !query.data.saved && (
          <Text size="xs" c="dimmed">
            {t("cost.settings.defaults")}
          </Text>
        )}
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t("common.saved")}
          </Alert>
        )}
        <Text size="sm" fw={600}>
          {t("cost.settings.shares")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {INDIRECT_PARTS.map((p) => (
            <NumberInput
              key={p}
              label={t(`cost.part.${p}` as MessageKey)}
              min={0}
              max={100}
              allowDecimal={false}
              value={v.indirectShares[p]}
              onChange={(x) => setV({ ...v, indirectShares: { ...v.indirectShares, [p]: int(x) } })}
              error={Boolean(errors.indirectShares)}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" c={sum === 100 ? "dimmed" : "red"} data-testid="shares-sum">
          {t("cost.settings.sum", { sum })}
        </Text>
        <FieldMessage raw={errors.indirectShares} />
        <Text size="sm" fw={600}>
          {t("cost.settings.secrecy")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {LEVELS.map((l) => (
            <NumberInput
              key={l}
              label={t(`cost.settings.level${l}` as MessageKey)}
              min={0}
              max={10_000_000}
              allowDecimal={false}
              thousandSeparator=","
              value={v.secrecyMonthlyYen[l]}
              onChange={(x) => setV({ ...v, secrecyMonthlyYen: { ...v.secrecyMonthlyYen, [l]: int(x) } })}
              error={Boolean(errors.secrecyMonthlyYen)}
            />
          ))}
        </SimpleGrid>
        <FieldMessage raw={errors.secrecyMonthlyYen} />
        {save.isError && Object.keys(serverFieldErrors(save.error)).length === 0 && (
          <ErrorAlert error={save.error} />
        )}
        <Button
          w="fit-content"
          loading={save.isPending}
          onClick={() => {
            setTried(true);
            if (Object.keys(validateWith(ZCostComponents, v)).length === 0) {
              save.mutate(v);
            }
          }}
        >
          {t("cost.settings.save")}
        </Button>
      </Stack>
    </Paper>
  );
}

/** A group's message (the form errors keep one per top-level field: the shares, the secrecy costs). */
function FieldMessage({ raw }: { raw: string | undefined }) {
  const { msg } = useI18n();
  return raw ? (
    <Text size="sm" c="red" role="alert">
      {msg(raw)}
    </Text>
  ) : null;
}
