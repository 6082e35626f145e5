import { Badge, Button, Group, NumberInput, Stack, Table } from "@mantine/core";
import type { TIndicator } from "@renkei/contract";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { insightApi } from "./api";
import { FySelect, useFigureFormat } from "./fy-select";
import { currentFiscalYear, useIndicators, useInsightMutation } from "./queries";

/** Seed 002's indicators, each year's actual beside its target (seed 003: targets, PDCA, 見える化). */
export function IndicatorsPage() {
  const { t, label } = useI18n();
  const can = useCan();
  const [fy, setFy] = useState(currentFiscalYear());
  const indicators = useIndicators(fy);
  const format = useFigureFormat();
  return (
    <Stack>
      <PageTitle title={t("insight.indicators.title")} description={t("insight.indicators.help")} />
      <FySelect value={fy} onChange={setFy} />
      {indicators.isPending && <Loading />}
      {indicators.isError && <ErrorAlert error={indicators.error} />}
      {indicators.data && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insight.col.item")}</Table.Th>
              <Table.Th ta="right">{t("insight.col.actual")}</Table.Th>
              <Table.Th ta="right">{t("insight.col.target")}</Table.Th>
              <Table.Th>{t("insight.col.achieved")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.data.items.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{label(i.label)}</Table.Td>
                <Table.Td ta="right">{format(i.actual, i.unit)}</Table.Td>
                <Table.Td ta="right">
                  {can("insight.target") ? (
                    <TargetInput fy={fy} indicator={i} />
                  ) : i.target === null ? (
                    ""
                  ) : (
                    format(i.target, i.unit)
                  )}
                </Table.Td>
                <Table.Td>
                  {i.achieved === null ? (
                    <Badge color="gray">{t("insight.noTarget")}</Badge>
                  ) : i.achieved ? (
                    <Badge color="green">{t("insight.achieved")}</Badge>
                  ) : (
                    <Badge color="orange">
                      {t("insight.notAchieved", { pct: Math.round((i.ratio ?? 0) * 100) })}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function TargetInput({ fy, indicator }: { fy: number; indicator: TIndicator }) {
  const { t } = useI18n();
  const scale = indicator.unit === "ratio" ? 100 : 1;
  const [value, setValue] = useState<number | string>(
    indicator.target === null ? "" : indicator.target * scale,
  );
  const save = useInsightMutation((v: number) => insightApi.setTarget(fy, indicator.id, v / scale));
  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <NumberInput
        aria-label={t("insight.col.target")}
        value={value}
        onChange={setValue}
        min={0}
        thousandSeparator=","
        suffix={indicator.unit === "ratio" ? "%" : undefined}
        w={170}
        error={save.isError ? t("validation.min") : undefined}
      />
      <Button
        size="xs"
        variant="light"
        disabled={value === ""}
        loading={save.isPending}
        onClick={() => save.mutate(Number(value))}
      >
        {t("insight.indicators.setTarget")}
      </Button>
    </Group>
  );
}
