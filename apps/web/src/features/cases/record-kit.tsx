import { Button, Checkbox, Group, Stack, Text, Textarea } from "@mantine/core";
import type { CaseRecordSection, TCaseDetail } from "@renkei/contract";
import { CASE_STAGE_LABELS, type CaseSection, SECTION_STAGES } from "@renkei/domain";
import { type ReactNode, useState } from "react";
import { useI18n } from "../../lib/i18n";
import { useSaveRecord } from "./queries";
import { canChange, RefusedAlert } from "./section-card";

/** State and save for one stage record (validated by the server with the domain's stage schema). */
export function useRecordForm<T>(c: TCaseDetail, section: CaseRecordSection, fallback: T) {
  const stored = c.records[section]?.data as T | undefined;
  const [v, setV] = useState<T>(stored ?? fallback);
  const save = useSaveRecord(c.id, section);
  const editable = canChange(c, section as CaseSection);
  return { v, setV, set: (patch: Partial<T>) => setV((old) => ({ ...old, ...patch })), save, editable };
}

/** "Last updated …" and the stages in which the record can be changed. */
export function RecordMeta({ c, section }: { c: TCaseDetail; section: CaseRecordSection }) {
  const { t, label, dateTime } = useI18n();
  const r = c.records[section];
  const stages = SECTION_STAGES[section as CaseSection].map((s) => label(CASE_STAGE_LABELS[s])).join("・");
  return (
    <Text size="xs" c="dimmed">
      {r
        ? t("case.records.updated", { date: dateTime(r.updatedAt), name: r.updatedBy?.displayName ?? "" })
        : t("case.records.empty")}
      {" ／ "}
      {t("case.records.editableIn", { stages })}
    </Text>
  );
}

export function SaveBar({ form, data }: { form: ReturnType<typeof useRecordForm<unknown>>; data: unknown }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  if (!form.editable) {
    return null;
  }
  return (
    <Stack gap="xs">
      <RefusedAlert error={form.save.error} />
      <Group>
        <Button
          loading={form.save.isPending}
          onClick={() => {
            setSaved(false);
            form.save.mutate(data, { onSuccess: () => setSaved(true) });
          }}
        >
          {t("common.save")}
        </Button>
        {saved && !form.save.isPending && (
          <Text size="sm" c="green" role="status">
            {t("case.records.saved")}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function Check({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange(v: boolean): void;
  disabled: boolean;
}) {
  return (
    <Checkbox
      label={label}
      checked={checked}
      disabled={disabled}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}

/** A list of short texts edited one per line. */
export function LinesInput({
  label,
  value,
  onChange,
  disabled,
  description,
}: {
  label: string;
  value: string[];
  onChange(v: string[]): void;
  disabled: boolean;
  description?: ReactNode;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value.join("\n"));
  return (
    <Textarea
      label={label}
      description={description ?? t("case.records.list")}
      autosize
      minRows={2}
      disabled={disabled}
      value={text}
      onChange={(e) => {
        setText(e.currentTarget.value);
        onChange(
          e.currentTarget.value
            .split("\n")
            .map((s) => s.trim())
            .filter(Boolean),
        );
      }}
    />
  );
}

/** `""` ↔ `null` for optional numbers. */
export function numOrNull(s: string | number): number | null {
  return s === "" || s === null ? null : Number(s);
}
