import {
  Alert,
  Button,
  Code,
  Group,
  Input,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { LIST_FORMATS, type ListFormat, type TListImportReport } from "@renkei/contract";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import type { ImportForm } from "./api";
import { useImportList } from "./queries";

const EMPTY: ImportForm = {
  format: "meti-eul",
  name: "",
  source: "",
  versionLabel: "",
  publishedOn: "",
  effectiveOn: "",
  files: [],
};

function ReportView({ report }: { report: TListImportReport }) {
  const { t } = useI18n();
  if (report.unchanged) {
    return <Alert color="blue">{t("screening.import.unchanged", { seq: report.seq })}</Alert>;
  }
  return (
    <Stack gap="xs" data-testid="list-import-report">
      <Alert color={report.mode === "commit" ? "green" : "blue"} role="status">
        {t("screening.import.summary", {
          seq: report.seq,
          label: report.versionLabel,
          n: report.entryCount,
          added: report.added,
          changed: report.changed,
          removed: report.removed,
        })}
        {report.rescreen && (
          <Text size="sm" mt={4}>
            {t("screening.import.done", {
              subjects: report.rescreen.subjects,
              hits: report.rescreen.newHits,
            })}
          </Text>
        )}
      </Alert>
      {report.warnings.length > 0 && (
        <Text size="xs" c="orange.8">
          {t("screening.import.warnings", { n: report.warnings.length })}:{" "}
          {report.warnings.slice(0, 5).join("; ")}
        </Text>
      )}
      {report.sample.length > 0 && (
        <Text size="xs">
          {t("screening.import.sample")}:{" "}
          {report.sample.slice(0, 8).map((c) => (
            <Code key={`${c.change}-${c.entryKey}`} mr={4}>
              {t(`screening.diff.${c.change}`)} {c.name}
            </Code>
          ))}
        </Text>
      )}
    </Stack>
  );
}

/** Upload → preview (counts and diff against the version in force) → commit as a new version. */
export function ListImportForm({ existingNames }: { existingNames: string[] }) {
  const { t } = useI18n();
  const [form, setForm] = useState<ImportForm>(EMPTY);
  const [report, setReport] = useState<TListImportReport | null>(null);
  const run = useImportList();
  const set = <K extends keyof ImportForm>(key: K, value: ImportForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setReport(null);
    run.reset();
  };
  const start = (mode: "preview" | "commit") =>
    run.mutate({ form, mode }, { onSuccess: (r) => setReport(r), onError: () => setReport(null) });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    start("preview");
  };
  const ready = form.name.trim() !== "" && form.files.length > 0;
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t("screening.import.title")}
      </Title>
      <form onSubmit={onSubmit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              label={t("screening.import.format")}
              value={form.format}
              onChange={(v) => set("format", (v ?? "meti-eul") as ListFormat)}
              data={LIST_FORMATS.map((f) => ({ value: f, label: t(`screening.format.${f}`) }))}
              allowDeselect={false}
            />
            <TextInput
              label={t("screening.import.name")}
              value={form.name}
              onChange={(e) => set("name", e.currentTarget.value)}
              list="screening-list-names"
              required
            />
            <datalist id="screening-list-names">
              {existingNames.map((n) => (
                <option key={n} value={n} />
              ))}
            </datalist>
            <TextInput
              label={t("screening.import.source")}
              value={form.source}
              onChange={(e) => set("source", e.currentTarget.value)}
            />
            <TextInput
              label={t("screening.import.versionLabel")}
              value={form.versionLabel}
              onChange={(e) => set("versionLabel", e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("screening.import.publishedOn")}
              value={form.publishedOn}
              onChange={(e) => set("publishedOn", e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("screening.import.effectiveOn")}
              value={form.effectiveOn}
              onChange={(e) => set("effectiveOn", e.currentTarget.value)}
            />
          </SimpleGrid>
          <Input.Wrapper label={t("screening.import.files")} id="screening-import-files">
            <input
              id="screening-import-files"
              type="file"
              multiple
              onChange={(e) => set("files", [...(e.currentTarget.files ?? [])])}
              style={{ display: "block", marginTop: 6 }}
            />
          </Input.Wrapper>
          <Group>
            <Button
              type="submit"
              disabled={!ready}
              loading={run.isPending && run.variables?.mode === "preview"}
            >
              {t("screening.import.preview")}
            </Button>
            {report?.mode === "preview" && !report.unchanged && (
              <Button color="green" onClick={() => start("commit")} loading={run.isPending}>
                {t("screening.import.commit")}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <Stack mt="md">
        {run.isError && <ErrorAlert error={run.error} />}
        {report && <ReportView report={report} />}
      </Stack>
    </Paper>
  );
}
