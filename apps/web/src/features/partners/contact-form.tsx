import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { ZContactInput } from "@renkei/contract";
import { CONTACT_KIND_LABELS, CONTACT_KINDS, CONTACT_VISIBILITY, type ContactKind } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import type { TContactInput } from "../../api/endpoints";
import { ErrorAlert } from "../../components/ui/error-alert";
import {
  type FieldErrors,
  fieldError,
  serverFieldErrors,
  todayIso,
  validateWith,
} from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useAddContact, useUsers } from "./queries";

interface Props {
  partnerId: string;
  people: { id: string; name: string }[];
  onDone(): void;
}

export function ContactForm({ partnerId, people, onDone }: Props) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const users = useUsers();
  const add = useAddContact(partnerId);
  const [values, setValues] = useState<TContactInput>({
    kind: "meeting",
    occurredOn: todayIso(),
    title: "",
    summary: "",
    visibility: "institution",
    staffIds: [],
    personIds: [],
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<TContactInput>) => setValues((v) => ({ ...v, ...patch }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(ZContactInput, values);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      add.mutate(values, { onSuccess: onDone, onError: (err) => setErrors(serverFieldErrors(err)) });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {add.isError && Object.keys(errors).length === 0 && <ErrorAlert error={add.error} />}
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <NativeSelect
            label={t("contact.kind")}
            value={values.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as ContactKind })}
            data={CONTACT_KINDS.map((k) => ({ value: k, label: label(CONTACT_KIND_LABELS[k]) }))}
          />
          <TextInput
            type="date"
            label={t("contact.occurredOn")}
            value={values.occurredOn}
            onChange={(e) => set({ occurredOn: e.currentTarget.value })}
            {...fieldError(errors, "occurredOn", i18n)}
          />
          <NativeSelect
            label={t("contact.visibility")}
            value={values.visibility}
            onChange={(e) => set({ visibility: e.currentTarget.value as TContactInput["visibility"] })}
            data={CONTACT_VISIBILITY.map((v) => ({ value: v, label: t(`contact.visibility.${v}`) }))}
          />
        </SimpleGrid>
        <TextInput
          label={t("contact.title")}
          withAsterisk
          value={values.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          {...fieldError(errors, "title", i18n)}
        />
        <Textarea
          label={t("contact.summary")}
          autosize
          minRows={3}
          value={values.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
          {...fieldError(errors, "summary", i18n)}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MultiSelect
            label={t("contact.staff")}
            searchable
            value={values.staffIds}
            onChange={(staffIds) => set({ staffIds })}
            data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            {...fieldError(errors, "staffIds", i18n)}
          />
          <MultiSelect
            label={t("contact.people")}
            searchable
            value={values.personIds}
            onChange={(personIds) => set({ personIds })}
            data={people.map((p) => ({ value: p.id, label: p.name }))}
            {...fieldError(errors, "personIds", i18n)}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t("contact.add")}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
