import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { type TLicence, ZLicenceInput } from "@renkei/contract";
import { LICENCE_LINK_KINDS } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type FieldErrors, fieldError, validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import type { TLicenceInput } from "./api";

/** The details of an application: number, validity, conditions, and what it is linked to. */
export function LicenceForm({
  initial,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial?: TLicence;
  pending: boolean;
  error: unknown;
  onSubmit(input: TLicenceInput, setErrors: (e: FieldErrors) => void): void;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [v, setV] = useState({
    title: initial?.title ?? "",
    metiNumber: initial?.metiNumber ?? "",
    filedOn: initial?.filedOn ?? "",
    validFrom: initial?.validFrom ?? "",
    validUntil: initial?.validUntil ?? "",
    conditions: initial?.conditions ?? "",
    linkKind: initial?.linkKind ?? "trip",
    linkRef: initial?.linkRef ?? "",
    notes: initial?.notes ?? "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const text = (key: Exclude<keyof typeof v, "linkKind">) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    ...fieldError(errors, key, i18n),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input: TLicenceInput = {
      ...v,
      metiNumber: v.metiNumber || null,
      filedOn: v.filedOn || null,
      decidedOn: initial?.decidedOn ?? null,
      validFrom: v.validFrom || null,
      validUntil: v.validUntil || null,
      linkRef: v.linkRef || null,
      holderUserId: initial?.holderUserId ?? null,
    };
    const found = validateWith(ZLicenceInput, input);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      onSubmit(input, (errs) => setErrors(errs));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && Object.keys(errors).length === 0 ? <ErrorAlert error={error} /> : null}
        <TextInput label={t("licences.titleField")} withAsterisk {...text("title")} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NativeSelect
            label={t("licences.linkKind")}
            value={v.linkKind}
            onChange={(e) => set({ linkKind: e.currentTarget.value as typeof v.linkKind })}
            data={LICENCE_LINK_KINDS.map((k) => ({
              value: k,
              label: t(`licences.linkKind.${k}` as MessageKey),
            }))}
          />
          <TextInput
            label={t("licences.linkRef")}
            description={t("licences.linkRefHelp")}
            {...text("linkRef")}
          />
          <TextInput label={t("licences.metiNumber")} {...text("metiNumber")} />
          <TextInput type="date" label={t("licences.filedOn")} {...text("filedOn")} />
          <TextInput type="date" label={t("licences.validFrom")} {...text("validFrom")} />
          <TextInput type="date" label={t("licences.validUntil")} {...text("validUntil")} />
        </SimpleGrid>
        <Textarea label={t("licences.conditions")} autosize minRows={2} {...text("conditions")} />
        <Textarea label={t("licences.notes")} autosize minRows={2} {...text("notes")} />
        <Group>
          <Button type="submit" loading={pending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
