import { Anchor, Button, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from "@mantine/core";
import type { TPersonalDataRule, TRetentionRunResult } from "@renkei/contract";
import { RETENTION_ACTIONS, type RetentionAction } from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";

function RuleRow({ rule, editable }: { rule: TPersonalDataRule; editable: boolean }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [months, setMonths] = useState<number>(rule.retentionMonths);
  const [action, setAction] = useState<RetentionAction>(rule.action);
  const save = useMutation({
    mutationFn: () =>
      api.put<void>(`/personal-data/rules/${rule.kind}`, {
        purposeJa: rule.purposeJa,
        purposeEn: rule.purposeEn,
        retentionMonths: months,
        action,
        version: rule.version,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["personal-data"] }),
  });
  return (
    <Table.Tr>
      <Table.Td>{t(`pd.kind.${rule.kind}` as MessageKey)}</Table.Td>
      <Table.Td>{locale === "ja" ? rule.purposeJa : rule.purposeEn}</Table.Td>
      <Table.Td>
        {editable ? (
          <NumberInput
            aria-label={t("pd.months")}
            w={110}
            min={1}
            max={1200}
            value={months}
            onChange={(v) => setMonths(Number(v))}
          />
        ) : (
          rule.retentionMonths
        )}
      </Table.Td>
      <Table.Td>
        {editable ? (
          <Group gap="xs" wrap="nowrap">
            <Select
              aria-label={t("pd.action")}
              w={120}
              allowDeselect={false}
              value={action}
              onChange={(v) => v && setAction(v as RetentionAction)}
              data={RETENTION_ACTIONS.map((a) => ({ value: a, label: t(`pd.action.${a}` as MessageKey) }))}
            />
            <Button size="xs" loading={save.isPending} onClick={() => save.mutate()}>
              {t("pd.save")}
            </Button>
          </Group>
        ) : (
          t(`pd.action.${rule.action}` as MessageKey)
        )}
        {save.error && <ErrorAlert error={save.error} />}
      </Table.Td>
    </Table.Tr>
  );
}

function MyData() {
  const { t } = useI18n();
  const mine = useMutation({
    mutationFn: () => api.get<{ data: unknown; summary: string }>("/personal-data/me"),
  });
  // One object URL per export, not per render.
  const href = useMemo(
    () =>
      mine.data
        ? URL.createObjectURL(
            new Blob([JSON.stringify(mine.data.data, null, 2)], { type: "application/json" }),
          )
        : null,
    [mine.data],
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("pd.mine")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("pd.mineHelp")}
        </Text>
        <Button w="fit-content" variant="light" loading={mine.isPending} onClick={() => mine.mutate()}>
          {t("pd.mine")}
        </Button>
        {mine.error && <ErrorAlert error={mine.error} />}
        {mine.data && (
          <>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {mine.data.summary}
            </Text>
            {href && (
              <Anchor href={href} download="renkei-personal-data.json">
                {t("pd.download")}
              </Anchor>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

/** 個人データ: purposes and periods (administrator), the retention run, and one's own export. */
export function PersonalDataPage() {
  const { t } = useI18n();
  const can = useCan();
  const rules = useQuery({
    queryKey: ["personal-data", "rules"],
    queryFn: () => api.get<{ items: TPersonalDataRule[] }>("/personal-data/rules"),
    enabled: can("personal_data.read"),
  });
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      api.post<TRetentionRunResult>("/personal-data/retention-runs", { dryRun }),
  });
  return (
    <Stack>
      <PageTitle title={t("pd.title")} description={t("pd.help")} />
      {rules.error && <ErrorAlert error={rules.error} />}
      {rules.data && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("pd.kind")}</Table.Th>
              <Table.Th>{t("pd.purpose")}</Table.Th>
              <Table.Th>{t("pd.months")}</Table.Th>
              <Table.Th>{t("pd.action")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.data.items.map((r) => (
              <RuleRow key={`${r.kind}-${r.version}`} rule={r} editable={can("personal_data.manage")} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      {can("personal_data.manage") && (
        <Group>
          <Button variant="default" loading={run.isPending} onClick={() => run.mutate(true)}>
            {t("pd.dryRun")}
          </Button>
          <ConfirmButton title={t("pd.runConfirm")} onConfirm={() => run.mutate(false)}>
            {t("pd.run")}
          </ConfirmButton>
        </Group>
      )}
      {run.error && <ErrorAlert error={run.error} />}
      {run.data &&
        Object.entries(run.data.kinds).map(([kind, c]) => (
          <Text key={kind} size="sm">
            {t("pd.result", { kind: t(`pd.kind.${kind}` as MessageKey), ...c })}
          </Text>
        ))}
      {can("self.manage") && <MyData />}
    </Stack>
  );
}
