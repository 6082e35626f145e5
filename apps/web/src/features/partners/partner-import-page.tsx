import { Alert, Anchor, Button, Code, Group, Input, Paper, Stack, Text } from "@mantine/core";
import type { TImportReport } from "@renkei/contract";
import { type FormEvent, useState } from "react";
import { Link } from "react-router-dom";
import { isApiError } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { ImportReportView } from "./import-report-view";
import { useImportPartners } from "./queries";

/** Headers the server accepts (Japanese or English), as in a file exported from Renkei. */
const IMPORT_COLUMNS = [
  "正式名称 / Legal name",
  "英語名 / English name",
  "ローマ字表記 / Romanised name",
  "別名 / Aliases",
  "種別 / Type",
  "国・地域 / Country",
  "法人番号 / Corporate number",
  "親会社 / Parent",
  "支配株主 / Controlling owner",
  "外国政府の支配 / Foreign-government control",
  "国有企業 / State-owned",
  "日本拠点 / Presence in Japan",
  "ウェブサイト / Website",
  "備考 / Notes",
];

function reportOf(error: unknown): TImportReport | null {
  const report = isApiError(error) ? error.details?.report : undefined;
  return report && typeof report === "object" ? (report as TImportReport) : null;
}

/** Upload → preview (row errors, duplicate warnings) → all-or-nothing commit. */
export function PartnerImportPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<TImportReport | null>(null);
  const run = useImportPartners();

  const start = (mode: "preview" | "commit") => {
    if (!file) {
      return;
    }
    run.mutate(
      { file, mode },
      {
        onSuccess: setReport,
        onError: (e) => setReport(reportOf(e)),
      },
    );
  };
  const onPreview = (e: FormEvent) => {
    e.preventDefault();
    setReport(null);
    start("preview");
  };
  const committed = report?.mode === "commit" && report.created > 0;
  const canCommit = report?.mode === "preview" && report.errors.length === 0 && report.valid > 0;

  return (
    <Stack maw={1100}>
      <PageTitle title={t("import.title")} description={t("import.help")} />
      <Paper withBorder p="lg">
        <form onSubmit={onPreview}>
          <Stack>
            <Input.Wrapper label={t("import.file")} id="import-file">
              <input
                id="import-file"
                type="file"
                accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  setReport(null);
                  run.reset();
                }}
                style={{ display: "block", marginTop: 6 }}
              />
            </Input.Wrapper>
            <Text size="xs" c="dimmed">
              {t("import.columns")}:{" "}
              {IMPORT_COLUMNS.map((c) => (
                <Code key={c} mr={4}>
                  {c}
                </Code>
              ))}
            </Text>
            <Group>
              <Button
                type="submit"
                disabled={!file}
                loading={run.isPending && run.variables?.mode === "preview"}
              >
                {t("import.preview")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {run.isError && !report && <ErrorAlert error={run.error} />}
      {committed && (
        <Alert color="green" role="status">
          {t("import.done", { n: report.created })}{" "}
          <Anchor component={Link} to="/partners">
            {t("partners.title")}
          </Anchor>
        </Alert>
      )}
      {report && report.errors.length > 0 && <Alert color="red">{t("import.hasErrors")}</Alert>}
      {report && <ImportReportView report={report} />}
      {canCommit && (
        <Group>
          <Button color="green" onClick={() => start("commit")} loading={run.isPending}>
            {t("import.commit", { n: report.valid })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
