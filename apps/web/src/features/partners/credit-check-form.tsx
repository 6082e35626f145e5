import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { ZCreditCheckInput } from "@renkei/contract";
import { CREDIT_RESULT_LABELS, CREDIT_RESULTS, type CreditResult } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import type { TCreditCheckInput } from "../../api/endpoints";
import { ErrorAlert } from "../../components/ui/error-alert";
import {
  type FieldErrors,
  fieldError,
  serverFieldErrors,
  todayIso,
  validateWith,
} from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useAddCreditCheck } from "./queries";

export function CreditCheckForm({ partnerId, onDone }: { partnerId: string; onDone(): void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const add = useAddCreditCheck(partnerId);
  const [values, setValues] = useState({
    checkedOn: todayIso(),
    sources: "",
    result: "clear" as CreditResult,
    expiresOn: "",
    notes: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input: TCreditCheckInput = { ...values, expiresOn: values.expiresOn || null };
    const found = validateWith(ZCreditCheckInput, input);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      add.mutate(input, { onSuccess: onDone, onError: (err) => setErrors(serverFieldErrors(err)) });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {add.isError && Object.keys(errors).length === 0 && <ErrorAlert error={add.error} />}
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <TextInput
            type="date"
            label={t("credit.checkedOn")}
            value={values.checkedOn}
            onChange={(e) => set({ checkedOn: e.currentTarget.value })}
            {...fieldError(errors, "checkedOn", i18n)}
          />
          <NativeSelect
            label={t("credit.result")}
            value={values.result}
            onChange={(e) => set({ result: e.currentTarget.value as CreditResult })}
            data={CREDIT_RESULTS.map((r) => ({ value: r, label: label(CREDIT_RESULT_LABELS[r]) }))}
          />
          <TextInput
            type="date"
            label={t("credit.expiresOn")}
            value={values.expiresOn}
            onChange={(e) => set({ expiresOn: e.currentTarget.value })}
            {...fieldError(errors, "expiresOn", i18n)}
          />
        </SimpleGrid>
        <TextInput
          label={t("credit.sources")}
          description={t("credit.sourcesHint")}
          withAsterisk
          value={values.sources}
          onChange={(e) => set({ sources: e.currentTarget.value })}
          {...fieldError(errors, "sources", i18n)}
        />
        <Textarea
          label={t("credit.notes")}
          autosize
          minRows={2}
          value={values.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          {...fieldError(errors, "notes", i18n)}
        />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("credit.add")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
