import { NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import type { TInventionDetail } from "@renkei/contract";
import {
  FILING_KIND_LABELS,
  FILING_KINDS,
  FILING_STATUSES,
  type FilingKind,
  type FilingStatus,
} from "@renkei/domain";
import { useState } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { ipApi } from "./api";
import { FILING_OFFICES_EXTRA } from "./filing-office";
import { ConfirmedSave } from "./ip-kit";
import { useIpMutation } from "./queries";

type Filing = TInventionDetail["filings"][number];

/**
 * Corrects an application (a mistyped date or number, a new status): the server keeps the change in the
 * audit trail with before and after, and the deadlines are computed again from the corrected dates. Making
 * a Japanese application a foreign one still waits for the 非公開 check (J6).
 */
export function FilingEditForm({
  inventionId,
  f,
  onDone,
}: {
  inventionId: string;
  f: Filing;
  onDone(): void;
}) {
  const { t, label } = useI18n();
  const { id: _id, version, deadlines: _d, ...input } = f;
  const [v, setV] = useState({
    ...input,
    priorityDate: input.priorityDate ?? "",
    examinationRequestedOn: input.examinationRequestedOn ?? "",
    registeredOn: input.registeredOn ?? "",
    patentNo: input.patentNo ?? "",
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const save = useIpMutation(() =>
    ipApi.updateFiling(inventionId, f.id, {
      ...v,
      country: v.country.toUpperCase(),
      priorityDate: v.priorityDate || null,
      examinationRequestedOn: v.examinationRequestedOn || null,
      registeredOn: v.registeredOn || null,
      patentNo: v.patentNo || null,
      version,
    }),
  );
  const date = (
    k: "filedOn" | "priorityDate" | "examinationRequestedOn" | "registeredOn",
    key: MessageKey,
  ) => (
    <TextInput
      type="date"
      label={t(key)}
      value={v[k]}
      onChange={(e) => set({ [k]: e.currentTarget.value })}
    />
  );
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      aria-label={t("ip.filing.edit")}
      onSubmit={(e) => e.preventDefault()}
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t("ip.filing.editHelp")}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <NativeSelect
            label={t("ip.filing.kind")}
            value={v.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as FilingKind })}
            data={FILING_KINDS.map((k) => ({ value: k, label: label(FILING_KIND_LABELS[k]) }))}
          />
          <CountryPicker
            label={t("ip.filing.country")}
            withAsterisk
            extra={FILING_OFFICES_EXTRA}
            value={v.country}
            onChange={(country) => set({ country })}
          />
          <TextInput
            label={t("ip.filing.no")}
            value={v.applicationNo}
            onChange={(e) => set({ applicationNo: e.currentTarget.value })}
          />
          <NativeSelect
            label={t("ip.filing.status")}
            value={v.status}
            onChange={(e) => set({ status: e.currentTarget.value as FilingStatus })}
            data={FILING_STATUSES.map((s) => ({ value: s, label: t(`ip.filing.status.${s}` as MessageKey) }))}
          />
          {date("filedOn", "ip.filing.filedOn")}
          {date("priorityDate", "ip.filing.priority")}
          {date("examinationRequestedOn", "ip.filing.examRequested")}
          {date("registeredOn", "ip.filing.registeredOn")}
          <TextInput
            label={t("ip.filing.patentNo")}
            value={v.patentNo}
            onChange={(e) => set({ patentNo: e.currentTarget.value })}
          />
          <NumberInput
            label={t("ip.filing.paidThrough")}
            min={0}
            max={25}
            value={v.paidThroughYear}
            onChange={(x) => set({ paidThroughYear: Number(x) || 0 })}
          />
          <TextInput
            label={t("ip.filing.costNote")}
            value={v.costNote}
            onChange={(e) => set({ costNote: e.currentTarget.value })}
          />
        </SimpleGrid>
        <ConfirmedSave
          label={t("ip.filing.saveEdit")}
          confirm={t("ip.filing.confirmEdit")}
          pending={save.isPending}
          error={save.error}
          onSave={() => save.mutate(undefined, { onSuccess: onDone })}
          onCancel={onDone}
        />
      </Stack>
    </Paper>
  );
}
