import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TSelfAudit, TSelfAuditYear } from "@renkei/contract";
import { fiscalYearOf } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { SelfAuditFindings } from "./self-audit-findings";

type Answers = TSelfAudit["answers"];
type Answer = Answers[string];
const KEY = ["export-control", "self-audit"] as const;
const EMPTY: Answer = { answer: "yes", evidence: "", checkedOn: null, note: "" };

function History({ years, onPick }: { years: TSelfAuditYear[]; onPick(y: number): void }) {
  const { t, date } = useI18n();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t("ecr.sa.history")}
      </Title>
      <Table fz="sm" data-testid="self-audit-years">
        <Table.Tbody>
          {years.map((y) => (
            <Table.Tr key={y.fiscalYear} style={{ cursor: "pointer" }} onClick={() => onPick(y.fiscalYear)}>
              <Table.Td>{t("ecr.sa.fy", { year: y.fiscalYear })}</Table.Td>
              <Table.Td>
                <Badge color={y.status === "completed" ? "green" : "orange"} variant="light">
                  {t(`ecr.sa.status.${y.status}` as MessageKey)}
                </Badge>
              </Table.Td>
              <Table.Td>{t("ecr.sa.counts", { yes: y.yes, no: y.no, na: y.na })}</Table.Td>
              <Table.Td>
                {t("ecr.sa.openFindings")}: {y.openFindings}
              </Table.Td>
              <Table.Td>
                {y.completedAt
                  ? t("ecr.sa.completedBy", { name: y.completedBy ?? "", date: date(y.completedAt) })
                  : ""}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** One year's checklist: each item's answer, evidence, date checked and note; save or complete. */
function Checklist({ audit, editable }: { audit: TSelfAudit; editable: boolean }) {
  const { t, label, date } = useI18n();
  const qc = useQueryClient();
  const [answers, setAnswers] = useState<Answers>(audit.answers);
  useEffect(() => setAnswers(audit.answers), [audit]);
  const save = useMutation({
    mutationFn: (complete: boolean) =>
      api.put(`/export-control/self-audits/${audit.fiscalYear}`, {
        version: audit.version,
        answers,
        complete,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: KEY }),
  });
  const set = (code: string, patch: Partial<Answer>) =>
    setAnswers((a) => ({ ...a, [code]: { ...(a[code] ?? EMPTY), ...patch } }));
  const gapOf = new Map(audit.gaps.map((g) => [g.code, g.gap]));
  return (
    <Paper withBorder p="md">
      <Table fz="sm" data-testid="self-audit-items" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ecr.sa.item")}</Table.Th>
            <Table.Th>{t("ecr.sa.answer")}</Table.Th>
            <Table.Th>{t("ecr.sa.evidence")}</Table.Th>
            <Table.Th>{t("ecr.sa.checkedOn")}</Table.Th>
            <Table.Th>{t("ecr.sa.note")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.items.map((i) => {
            const a = answers[i.code];
            const gap = gapOf.get(i.code);
            return (
              <Table.Tr key={i.code}>
                <Table.Td maw={320}>
                  <Text size="sm">{label(i.text)}</Text>
                  <Text size="xs" c="dimmed">
                    {t("ecr.sa.basis")}: {label(i.basis)}
                  </Text>
                  {i.retired && (
                    <Badge size="xs" color="gray">
                      {t("ecr.sa.retired")}
                    </Badge>
                  )}
                  {gap && editable && (
                    <Text size="xs" c="orange.8">
                      {t(`ecr.sa.gap.${gap}` as MessageKey)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={`${t("ecr.sa.answer")}: ${label(i.text)}`}
                    size="xs"
                    w={130}
                    disabled={!editable}
                    data={(["yes", "no", "na"] as const).map((v) => ({
                      value: v,
                      label: t(`ecr.sa.answer.${v}`),
                    }))}
                    value={a?.answer ?? null}
                    onChange={(v) => v && set(i.code, { answer: v as Answer["answer"] })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t("ecr.sa.evidence")}
                    disabled={!editable}
                    value={a?.evidence ?? ""}
                    onChange={(e) => set(i.code, { evidence: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  {editable ? (
                    <TextInput
                      size="xs"
                      type="date"
                      aria-label={t("ecr.sa.checkedOn")}
                      value={a?.checkedOn ?? ""}
                      onChange={(e) => set(i.code, { checkedOn: e.currentTarget.value || null })}
                    />
                  ) : (
                    date(a?.checkedOn)
                  )}
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t("ecr.sa.note")}
                    disabled={!editable}
                    value={a?.note ?? ""}
                    onChange={(e) => set(i.code, { note: e.currentTarget.value })}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {editable && (
        <Group mt="md">
          <Button variant="default" loading={save.isPending} onClick={() => save.mutate(false)}>
            {t("ecr.sa.save")}
          </Button>
          <ConfirmButton
            loading={save.isPending}
            title={t("ecr.sa.completeConfirm")}
            onConfirm={() => save.mutate(true)}
          >
            {t("ecr.sa.complete")}
          </ConfirmButton>
        </Group>
      )}
      {save.isError && <ErrorAlert error={save.error} />}
    </Paper>
  );
}

/**
 * The yearly export-control self-audit (issue 15 item 7, C12; 遵守基準 基準2(6)): the history of years,
 * the chosen year's checklist with evidence and dates, and its findings with follow-ups.
 */
export function SelfAuditPage() {
  const { t, date } = useI18n();
  const can = useCan();
  const today = new Date().toISOString().slice(0, 10);
  const [year, setYear] = useState(fiscalYearOf(today));
  const years = useQuery({
    queryKey: [...KEY, "years"],
    queryFn: () => api.get<{ items: TSelfAuditYear[] }>("/export-control/self-audits"),
  });
  const audit = useQuery({
    queryKey: [...KEY, year],
    queryFn: () => api.get<TSelfAudit>(`/export-control/self-audits/${year}`),
  });
  const manage = can("ec.records.manage");
  const choices = [
    ...new Set([fiscalYearOf(today), ...(years.data?.items.map((y) => y.fiscalYear) ?? [])]),
  ].sort((a, b) => b - a);
  return (
    <Stack>
      <PageTitle title={t("ecr.sa.title")} description={t("ecr.sa.help")} />
      {years.data && years.data.items.length > 0 && <History years={years.data.items} onPick={setYear} />}
      <Select
        label={t("ecr.sa.year")}
        data={choices.map((y) => ({ value: String(y), label: t("ecr.sa.fy", { year: y }) }))}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
        w={200}
      />
      {audit.isPending && <Loading />}
      {audit.isError && <ErrorAlert error={audit.error} />}
      {audit.data && (
        <>
          {audit.data.status === "completed" ? (
            <Alert color="green">
              {t("ecr.sa.completedBy", {
                name: audit.data.completedBy ?? "",
                date: date(audit.data.completedAt),
              })}
            </Alert>
          ) : (
            audit.data.gaps.length > 0 &&
            manage && <Alert color="orange">{t("ecr.sa.gaps", { n: audit.data.gaps.length })}</Alert>
          )}
          <Checklist audit={audit.data} editable={manage && audit.data.status === "open"} />
          <SelfAuditFindings audit={audit.data} manage={manage} />
        </>
      )}
    </Stack>
  );
}
