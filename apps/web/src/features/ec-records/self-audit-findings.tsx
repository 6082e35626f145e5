import { Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { TSelfAudit } from "@renkei/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useUsers } from "../partners/queries";

const KEY = ["export-control", "self-audit"] as const;

function useSelfAuditMutation<A>(fn: (a: A) => Promise<unknown>, done?: () => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      done?.();
      return qc.invalidateQueries({ queryKey: KEY });
    },
  });
}

function FindingForm({ audit }: { audit: TSelfAudit }) {
  const { t, label } = useI18n();
  const users = useUsers();
  const empty = {
    itemCode: null as string | null,
    finding: "",
    followUp: "",
    ownerUserId: null as string | null,
    dueDate: "",
  };
  const [f, setF] = useState(empty);
  const add = useSelfAuditMutation(
    () =>
      api.post(`/export-control/self-audits/${audit.fiscalYear}/findings`, {
        ...f,
        dueDate: f.dueDate || null,
      }),
    () => setF(empty),
  );
  return (
    <Stack gap="xs" mt="md">
      <Group align="flex-end">
        <Select
          label={t("ecr.sa.item")}
          data={audit.items.map((i) => ({ value: i.code, label: label(i.text) }))}
          value={f.itemCode}
          onChange={(v) => setF({ ...f, itemCode: v })}
          required
          w={320}
        />
        <Select
          label={t("ecr.sa.owner")}
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          value={f.ownerUserId}
          onChange={(v) => setF({ ...f, ownerUserId: v })}
          searchable
          clearable
          w={200}
        />
        <TextInput
          type="date"
          label={t("ecr.sa.due")}
          value={f.dueDate}
          onChange={(e) => setF({ ...f, dueDate: e.currentTarget.value })}
        />
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t("ecr.sa.finding")}
          value={f.finding}
          onChange={(e) => setF({ ...f, finding: e.currentTarget.value })}
          required
          w={360}
        />
        <TextInput
          label={t("ecr.sa.followUp")}
          value={f.followUp}
          onChange={(e) => setF({ ...f, followUp: e.currentTarget.value })}
          required
          w={360}
        />
        <Button
          disabled={!f.itemCode || f.finding.trim() === "" || f.followUp.trim() === ""}
          loading={add.isPending}
          onClick={() => add.mutate(undefined)}
        >
          {t("ecr.sa.addFinding")}
        </Button>
      </Group>
      {add.isError && <ErrorAlert error={add.error} />}
    </Stack>
  );
}

function CloseFinding({ id, version }: { id: string; version: number }) {
  const { t } = useI18n();
  const [note, setNote] = useState("");
  const close = useSelfAuditMutation(() =>
    api.post(`/export-control/self-audit-findings/${id}/close`, { version, closedNote: note }),
  );
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <TextInput
          size="xs"
          aria-label={t("ecr.sa.closedNote")}
          placeholder={t("ecr.sa.closedNote")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button
          size="xs"
          disabled={note.trim() === ""}
          loading={close.isPending}
          onClick={() => close.mutate(undefined)}
        >
          {t("ecr.sa.close")}
        </Button>
      </Group>
      {close.isError && <ErrorAlert error={close.error} />}
    </Stack>
  );
}

/** The institution adds its own checklist items and retires items from the coming years. */
function ItemsManager({ audit }: { audit: TSelfAudit }) {
  const { t, label } = useI18n();
  const empty = { textJa: "", textEn: "", basis: "" };
  const [item, setItem] = useState(empty);
  const add = useSelfAuditMutation(
    () => api.post("/export-control/self-audit-items", item),
    () => setItem(empty),
  );
  const retire = useSelfAuditMutation((code: string) =>
    api.post(`/export-control/self-audit-items/${code}/retire`),
  );
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t("ecr.sa.items")}
      </Title>
      <Table fz="sm">
        <Table.Tbody>
          {audit.items
            .filter((i) => !i.retired)
            .map((i) => (
              <Table.Tr key={i.code}>
                <Table.Td>{label(i.text)}</Table.Td>
                <Table.Td>{label(i.basis)}</Table.Td>
                <Table.Td>
                  <ConfirmButton
                    size="xs"
                    variant="subtle"
                    color="red"
                    title={t("ecr.sa.retireConfirm")}
                    onConfirm={() => retire.mutate(i.code)}
                  >
                    {t("ecr.sa.retire")}
                  </ConfirmButton>
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      <Group align="flex-end" mt="sm">
        <TextInput
          label={t("ecr.sa.textJa")}
          value={item.textJa}
          onChange={(e) => setItem({ ...item, textJa: e.currentTarget.value })}
          w={260}
        />
        <TextInput
          label={t("ecr.sa.textEn")}
          value={item.textEn}
          onChange={(e) => setItem({ ...item, textEn: e.currentTarget.value })}
          w={260}
        />
        <TextInput
          label={t("ecr.sa.ownBasis")}
          value={item.basis}
          onChange={(e) => setItem({ ...item, basis: e.currentTarget.value })}
          w={220}
        />
        <Button
          disabled={!item.textJa.trim() || !item.textEn.trim() || !item.basis.trim()}
          loading={add.isPending}
          onClick={() => add.mutate(undefined)}
        >
          {t("ecr.sa.addItem")}
        </Button>
      </Group>
      {(add.isError || retire.isError) && <ErrorAlert error={add.error ?? retire.error} />}
    </Paper>
  );
}

/** Findings of the year with their follow-ups; the office records and closes them, and keeps the items. */
export function SelfAuditFindings({ audit, manage }: { audit: TSelfAudit; manage: boolean }) {
  const { t, label, date, paren } = useI18n();
  const itemText = new Map(audit.items.map((i) => [i.code, label(i.text)]));
  return (
    <>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("ecr.sa.findings")}
        </Title>
        {audit.findings.length === 0 && <Text size="sm">{t("common.none")}</Text>}
        {audit.findings.length > 0 && (
          <Table fz="sm" data-testid="self-audit-findings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("ecr.sa.item")}</Table.Th>
                <Table.Th>{t("ecr.sa.finding")}</Table.Th>
                <Table.Th>{t("ecr.sa.followUp")}</Table.Th>
                <Table.Th>{t("ecr.sa.owner")}</Table.Th>
                <Table.Th>{t("ecr.sa.due")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.findings.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>{itemText.get(f.itemCode) ?? ""}</Table.Td>
                  <Table.Td>{f.finding}</Table.Td>
                  <Table.Td>{f.followUp}</Table.Td>
                  <Table.Td>{f.owner?.displayName ?? "—"}</Table.Td>
                  <Table.Td>{date(f.dueDate)}</Table.Td>
                  <Table.Td>
                    <Badge color={f.status === "closed" ? "green" : "orange"} variant="light">
                      {t(`ecr.sa.finding.${f.status}` as MessageKey)}
                    </Badge>
                    {f.status === "closed" && (
                      <Text size="xs">
                        {f.closedNote}
                        {paren(date(f.closedAt))}
                      </Text>
                    )}
                    {f.status === "open" && manage && <CloseFinding id={f.id} version={f.version} />}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {manage && <FindingForm audit={audit} />}
      </Paper>
      {manage && <ItemsManager audit={audit} />}
    </>
  );
}
