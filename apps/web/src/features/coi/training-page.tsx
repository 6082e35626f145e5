import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TTrainingImportReport } from "@renkei/contract";
import { TRAINING_PURPOSES, TRAINING_TOPICS } from "@renkei/domain";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ReasonList } from "../cases/reason-list";
import { RefusedAlert } from "../cases/section-card";
import { integrityApi, type TTrainingOverview, useTraining } from "./integrity-api";
import { useCoiMutation } from "./queries";

/** Training records (M1–M5): my training and what it allows; for record keepers, courses, rules and imports. */
export function TrainingPage() {
  const { t, paren } = useI18n();
  const can = useCan();
  const q = useTraining();
  if (q.isPending) {
    return <Loading />;
  }
  if (q.error) {
    return <ErrorAlert error={q.error} />;
  }
  const d = q.data;
  return (
    <Stack>
      <PageTitle title={t("coi.trainingTitle")} description={t("coi.trainingHelp")} />
      <Group>
        {d.myChecks.map((c) => (
          <Alert
            key={c.purpose}
            color={c.outcome === "allowed" ? "green" : "red"}
            title={t(`coi.purpose.${c.purpose}` as MessageKey)}
          >
            {c.outcome === "allowed" ? t("coi.trainingOk") : <ReasonList reasons={c.reasons} />}
          </Alert>
        ))}
      </Group>
      <Completions title={t("coi.trainingMine")} rows={d.mine} />
      {can("coi.configure") && <Requirements overview={d} />}
      {can("coi.configure") && <AddCourse />}
      {d.canManage && <ImportCard />}
      {d.canManage && <Completions title={t("coi.trainingAll")} rows={d.completions} removable />}
      {d.courses.length > 0 && (
        <Text size="xs" c="dimmed">
          {t("coi.courses")}:{" "}
          {d.courses
            .map(
              (c) =>
                `${c.code} ${c.title}${paren(c.validityMonths ? t("coi.months", { n: String(c.validityMonths) }) : t("coi.noExpiry"))}`,
            )
            .join(" / ")}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t("coi.appointmentsNote")}
      </Text>
    </Stack>
  );
}

function Completions({
  title,
  rows,
  removable,
}: {
  title: string;
  rows: TTrainingOverview["mine"];
  removable?: boolean;
}) {
  const { t, date } = useI18n();
  const remove = useCoiMutation((id: string) => integrityApi.removeCompletion(id));
  return (
    <Card withBorder>
      <Title order={4}>{title}</Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("coi.none")}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                {removable && <Table.Td>{r.userName}</Table.Td>}
                <Table.Td>{r.courseTitle}</Table.Td>
                <Table.Td>{date(r.completedOn)}</Table.Td>
                <Table.Td>
                  <Badge color={r.current ? "green" : "red"}>
                    {r.current
                      ? t("coi.currentUntil", { date: date(r.expiresOn) || t("coi.noExpiry") })
                      : t("coi.expired")}
                  </Badge>
                </Table.Td>
                {removable && (
                  <Table.Td>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      title={t("coi.removeConfirm")}
                      onConfirm={() => remove.mutate(r.id)}
                    >
                      {t("coi.remove")}
                    </ConfirmButton>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RefusedAlert error={remove.error} />
    </Card>
  );
}

function Requirements({ overview }: { overview: TTrainingOverview }) {
  const { t } = useI18n();
  const [req, setReq] = useState(overview.requirements);
  const save = useCoiMutation((body: unknown) => integrityApi.setRequirements(body));
  const toggle = (
    p: (typeof TRAINING_PURPOSES)[number],
    topic: (typeof TRAINING_TOPICS)[number],
    on: boolean,
  ) => {
    const cur = req[p] ?? [];
    setReq({ ...req, [p]: on ? [...cur, topic] : cur.filter((x) => x !== topic) });
  };
  return (
    <Card withBorder>
      <Title order={4}>{t("coi.requirements")}</Title>
      <Table>
        <Table.Tbody>
          {TRAINING_PURPOSES.map((p) => (
            <Table.Tr key={p}>
              <Table.Td>{t(`coi.purpose.${p}` as MessageKey)}</Table.Td>
              {TRAINING_TOPICS.map((topic) => (
                <Table.Td key={topic}>
                  <Checkbox
                    label={t(`coi.topic.${topic}` as MessageKey)}
                    checked={(req[p] ?? []).includes(topic)}
                    onChange={(e) => toggle(p, topic, e.currentTarget.checked)}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button loading={save.isPending} onClick={() => save.mutate(req)}>
          {t("coi.save")}
        </Button>
        {save.isSuccess && <Text c="green">{t("coi.saved")}</Text>}
      </Group>
      <RefusedAlert error={save.error} />
    </Card>
  );
}

function AddCourse() {
  const { t } = useI18n();
  const [v, setV] = useState({
    code: "",
    title: "",
    topic: "export_control",
    validityMonths: 12 as number | null,
  });
  const add = useCoiMutation((body: unknown) => integrityApi.addCourse(body));
  return (
    <Card withBorder>
      <Title order={4}>{t("coi.addCourse")}</Title>
      <Group align="flex-end">
        <TextInput
          label={t("coi.courseCode")}
          value={v.code}
          onChange={(e) => setV({ ...v, code: e.currentTarget.value })}
        />
        <TextInput
          label={t("coi.courseTitle")}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
        />
        <Select
          label={t("coi.courseTopic")}
          value={v.topic}
          onChange={(x) => setV({ ...v, topic: x ?? "export_control" })}
          data={TRAINING_TOPICS.map((x) => ({ value: x, label: t(`coi.topic.${x}` as MessageKey) }))}
        />
        <NumberInput
          label={t("coi.validityMonths")}
          value={v.validityMonths ?? ""}
          min={1}
          onChange={(x) => setV({ ...v, validityMonths: typeof x === "number" ? x : null })}
        />
        <Button loading={add.isPending} onClick={() => add.mutate(v)}>
          {t("coi.addCourse")}
        </Button>
      </Group>
      <RefusedAlert error={add.error} />
    </Card>
  );
}

function ImportCard() {
  const { t, date } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<TTrainingImportReport | null>(null);
  const run = useCoiMutation((mode: "preview" | "commit") => integrityApi.importTraining(file!, mode));
  const go = (mode: "preview" | "commit") => run.mutate(mode, { onSuccess: setReport });
  return (
    <Card withBorder>
      <Title order={4}>{t("coi.importTitle")}</Title>
      <Text size="sm" c="dimmed">
        {t("coi.importHelp")}
      </Text>
      <Group align="flex-end">
        <FileInput
          label={t("coi.importFile")}
          accept=".csv,.xlsx"
          value={file}
          onChange={(f) => {
            setFile(f);
            setReport(null);
          }}
        />
        <Button disabled={!file} loading={run.isPending} onClick={() => go("preview")}>
          {t("coi.importPreview")}
        </Button>
        <Button
          disabled={!file || !report || report.mode !== "preview" || report.errors.length > 0}
          loading={run.isPending}
          onClick={() => go("commit")}
        >
          {t("coi.importCommit")}
        </Button>
      </Group>
      <RefusedAlert error={run.error} />
      {report && (
        <Stack mt="sm">
          {report.mode === "commit" && (
            <Text c="green">{t("coi.importWritten", { n: String(report.written) })}</Text>
          )}
          {report.errors.length > 0 && (
            <Alert color="red" title={t("coi.importErrors")}>
              {report.errors.map((e) => (
                <Text size="sm" key={e.line}>
                  {t("coi.importLine", { line: String(e.line) })}: {e.message}
                </Text>
              ))}
            </Alert>
          )}
          <Table>
            <Table.Tbody>
              {report.rows.map((r) => (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{r.userName}</Table.Td>
                  <Table.Td>{r.courseTitle}</Table.Td>
                  <Table.Td>{date(r.completedOn)}</Table.Td>
                  <Table.Td>{date(r.expiresOn) || t("coi.noExpiry")}</Table.Td>
                  <Table.Td>{r.duplicate ? t("coi.importDuplicate") : ""}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Card>
  );
}
