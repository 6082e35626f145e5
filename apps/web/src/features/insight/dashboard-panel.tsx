import { BarChart, DonutChart } from "@mantine/charts";
import { Anchor, Card, Stack, Table, Title } from "@mantine/core";
import type { TDashboard } from "@renkei/contract";
import { useI18n } from "../../lib/i18n";
import { useFigureFormat } from "./fy-select";

type Panel = TDashboard["panels"][number];
type Unit = TDashboard["kpis"][number]["unit"];

const COLORS = [
  "blue.6",
  "teal.6",
  "orange.6",
  "grape.6",
  "cyan.6",
  "lime.6",
  "red.6",
  "indigo.6",
  "yellow.6",
  "pink.6",
];

/** Yen, counts, ratios and days as people read them; "—" where there is no value yet. */
export function useDashboardFormat() {
  const { t } = useI18n();
  const figure = useFigureFormat();
  return (value: number | null, unit: Unit) =>
    value === null
      ? t("dashboard.none")
      : unit === "days"
        ? t("dashboard.days", { n: value })
        : figure(value, unit);
}

/**
 * One chart with its table (issue 16 §4: every chart has its table). The chart draws the panel's charted
 * series; the table lists every series, and a row backed by a survey figure opens its records.
 */
export function DashboardPanel({
  panel,
  onDrill,
}: {
  panel: Panel;
  onDrill(figureId: string, title: string): void;
}) {
  const { t, label } = useI18n();
  const format = useDashboardFormat();
  const charted = panel.series.filter((s) => panel.charted.includes(s.id));
  const unit = (charted[0]?.unit ?? "count") as Unit;
  const title = label(panel.title);
  const data = panel.rows.map((r) => ({
    name: label(r.label),
    ...Object.fromEntries(charted.map((s) => [s.id, r.values[s.id] ?? 0])),
  }));
  return (
    <Card withBorder className="dashboard-panel" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3}>{title}</Title>
        {panel.chart === "donut" ? (
          <DonutChart
            data={panel.rows
              .map((r, i) => ({
                name: label(r.label),
                value: r.values[charted[0]?.id ?? ""] ?? 0,
                color: COLORS[i % COLORS.length] as string,
              }))
              .filter((d) => d.value > 0)}
            withLabels
            withLabelsLine
            labelsType="percent"
            valueFormatter={(v) => format(v, unit)}
            size={200}
            thickness={30}
            mx="auto"
            aria-hidden
          />
        ) : (
          <BarChart
            h={Math.max(160, panel.rows.length * 34)}
            data={data}
            dataKey="name"
            orientation="vertical"
            yAxisProps={{ width: 180 }}
            series={charted.map((s, i) => ({
              name: s.id,
              label: label(s.label),
              color: COLORS[i] as string,
            }))}
            valueFormatter={(v) => format(v, unit)}
            withLegend={charted.length > 1}
            aria-hidden
          />
        )}
        <Table striped aria-label={t("dashboard.tableOf", { title })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("insight.col.item")}</Table.Th>
              {panel.series.map((s) => (
                <Table.Th key={s.id} ta="right">
                  {label(s.label)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {panel.rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Td>{label(r.label)}</Table.Td>
                {panel.series.map((s) => {
                  const text = format(
                    r.values[s.id] ?? null,
                    (s.unit === "row" ? r.unit : s.unit) ?? "count",
                  );
                  return (
                    <Table.Td key={s.id} ta="right">
                      {r.figureId && s.id === panel.series[0]?.id ? (
                        <Anchor
                          component="button"
                          onClick={() => onDrill(r.figureId as string, label(r.label))}
                        >
                          {text}
                        </Anchor>
                      ) : (
                        text
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
