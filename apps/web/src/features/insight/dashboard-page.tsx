import "@mantine/charts/styles.css";
import "./dashboard.css";
import { Button, Card, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import type { TDashboardKind } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { insightApi } from "./api";
import { DashboardPanel, useDashboardFormat } from "./dashboard-panel";
import { FigureRecords } from "./figure-records";
import { FySelect } from "./fy-select";
import { currentFiscalYear } from "./queries";

const KINDS: { kind: TDashboardKind; path: string }[] = [
  { kind: "executive", path: "" },
  { kind: "export_control", path: "export-control" },
  { kind: "collaboration", path: "collaboration" },
];

/**
 * The dashboards (issue 16 §4): /insight/dashboard (executive), /insight/dashboard/export-control and
 * /insight/dashboard/collaboration. Printing uses the browser's print dialogue with a print stylesheet.
 */
export function DashboardPage() {
  const { t, label, paren } = useI18n();
  const navigate = useNavigate();
  const { kind: path = "" } = useParams();
  const kind = KINDS.find((k) => k.path === path)?.kind ?? "executive";
  const [fy, setFy] = useState(currentFiscalYear());
  const [drill, setDrill] = useState<{ id: string; title: string } | null>(null);
  const board = useQuery({
    queryKey: ["insight", "dashboard", kind, fy],
    queryFn: () => insightApi.dashboard(kind, fy),
  });
  const format = useDashboardFormat();
  return (
    <Stack>
      <PageTitle
        title={`${t("dashboard.title")}${paren(t(`dashboard.kind.${kind}`))}`}
        description={t("dashboard.help")}
        actions={
          <Button
            className="dashboard-no-print"
            variant="light"
            onClick={() => window.print()}
            title={t("dashboard.printHint")}
          >
            {t("dashboard.print")}
          </Button>
        }
      />
      <Group className="dashboard-no-print" align="end">
        <SegmentedControl
          value={kind}
          onChange={(v) =>
            navigate(
              `/insight/dashboard${KINDS.find((k) => k.kind === v)?.path ? `/${KINDS.find((k) => k.kind === v)?.path}` : ""}`,
            )
          }
          data={KINDS.map((k) => ({ value: k.kind, label: t(`dashboard.kind.${k.kind}`) }))}
        />
        <FySelect value={fy} onChange={setFy} />
      </Group>
      <Text c="dimmed" size="sm">
        {t("dashboard.asOfNow")}
      </Text>
      {board.isPending && <Loading />}
      {board.isError && <ErrorAlert error={board.error} />}
      {board.data && (
        <>
          <SimpleGrid cols={{ base: 2, md: board.data.kpis.length }}>
            {board.data.kpis.map((k) => (
              <Card key={k.id} withBorder>
                <Text size="sm" c="dimmed">
                  {label(k.label)}
                </Text>
                <Text size="xl" fw={700}>
                  {format(k.value, k.unit)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            {board.data.panels.map((p) => (
              <DashboardPanel key={p.id} panel={p} onDrill={(id, title) => setDrill({ id, title })} />
            ))}
          </SimpleGrid>
        </>
      )}
      <Modal
        opened={drill !== null}
        onClose={() => setDrill(null)}
        title={drill ? t("insight.survey.recordsOf", { label: drill.title }) : ""}
        size="xl"
      >
        {drill && <FigureRecords fy={fy} figureId={drill.id} />}
      </Modal>
    </Stack>
  );
}
