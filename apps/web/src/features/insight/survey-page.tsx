import { Alert, Anchor, Button, List, Modal, Stack, Table, Text, Title } from "@mantine/core";
import type { TSurvey } from "@renkei/contract";
import { useState } from "react";
import { Link } from "react-router-dom";
import { apiUrl } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { FigureRecords } from "./figure-records";
import { FySelect, useFigureFormat } from "./fy-select";
import { currentFiscalYear, useSurvey } from "./queries";

type Figure = TSurvey["figures"][number];

/** 産学連携等実施状況調査: every figure from records, drill-down to the records, Excel in the survey's layout. */
export function SurveyPage() {
  const { t, label, date } = useI18n();
  const [fy, setFy] = useState(currentFiscalYear() - 1);
  const [open, setOpen] = useState<Figure | null>(null);
  const survey = useSurvey(fy);
  const format = useFigureFormat();
  const sections = [...new Set(survey.data?.figures.map((f) => f.section) ?? [])];
  return (
    <Stack>
      <PageTitle
        title={t("insight.survey.title")}
        description={t("insight.survey.help")}
        actions={
          <Button component="a" href={apiUrl("/insight/survey.xlsx", { fy })} download>
            {t("insight.survey.export")}
          </Button>
        }
      />
      <FySelect value={fy} onChange={setFy} />
      {survey.isPending && <Loading />}
      {survey.isError && <ErrorAlert error={survey.error} />}
      {survey.data && (
        <>
          <Text c="dimmed">{t("insight.survey.asOf", { date: date(survey.data.asOf) })}</Text>
          {survey.data.incomplete.length > 0 && (
            <Alert color="yellow" title={t("insight.survey.incomplete")}>
              <List>
                {survey.data.incomplete.map((p) => (
                  <List.Item key={p.partnerId}>
                    <Anchor component={Link} to={`/partners/${p.partnerId}/edit`}>
                      {p.partnerName}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {sections.map((section) => (
            <Stack key={section} gap="xs">
              <Title order={3}>{t(`insight.section.${section}` as MessageKey)}</Title>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("insight.col.item")}</Table.Th>
                    <Table.Th ta="right">{t("insight.col.value")}</Table.Th>
                    <Table.Th ta="right">{t("insight.col.records")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {survey.data.figures
                    .filter((f) => f.section === section)
                    .map((f) => (
                      <Table.Tr key={f.id}>
                        <Table.Td>{label(f.label)}</Table.Td>
                        <Table.Td ta="right">
                          <Anchor component="button" onClick={() => setOpen(f)}>
                            {format(f.value, f.unit)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{t("common.count", { n: f.recordCount })}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Stack>
          ))}
          <Title order={3}>{t("insight.survey.notHeld")}</Title>
          <List>
            {survey.data.notHeld.map((n) => (
              <List.Item key={n.id}>{label(n.label)}</List.Item>
            ))}
          </List>
        </>
      )}
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open ? t("insight.survey.recordsOf", { label: label(open.label) }) : ""}
        size="xl"
      >
        {open && <FigureRecords fy={fy} figureId={open.id} />}
      </Modal>
    </Stack>
  );
}
