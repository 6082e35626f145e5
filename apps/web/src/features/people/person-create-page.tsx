import { Button, Group, Paper, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { ZPersonInput } from "@renkei/contract";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";
import type { TPersonInput } from "../../api/endpoints";
import { CountryPicker } from "../../components/ui/country-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { PartnerPicker } from "./partner-picker";
import { useCreatePerson } from "./queries";

export function PersonCreatePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const create = useCreatePerson();
  const [v, setV] = useState({
    name: "",
    nameEn: "",
    nameKana: "",
    nationality: "",
    email: "",
    notes: "",
    partnerId: null as string | null,
    role: "",
    startedOn: "",
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const text = (key: "name" | "nameEn" | "nameKana" | "nationality" | "email" | "role" | "startedOn") => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    ...fieldError(errors, key, i18n),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input: TPersonInput = {
      ...v,
      nameEn: v.nameEn || null,
      nameKana: v.nameKana || null,
      nationality: v.nationality || null,
      email: v.email || null,
      partnerId: v.partnerId,
      startedOn: v.partnerId && v.startedOn ? v.startedOn : null,
    };
    const found = validateWith(ZPersonInput, input);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      create.mutate(input, {
        onSuccess: ({ id }) => navigate(`/people/${id}`),
        onError: (err) => setErrors(serverFieldErrors(err)),
      });
    }
  };

  return (
    <Stack maw={900}>
      <PageTitle title={t("person.createTitle")} />
      <form onSubmit={onSubmit} noValidate>
        <Paper withBorder p="lg">
          <Stack>
            {create.isError && Object.keys(errors).length === 0 && <ErrorAlert error={create.error} />}
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput label={t("person.name")} withAsterisk {...text("name")} />
              <TextInput label={t("person.nameKana")} {...text("nameKana")} />
              <TextInput label={t("person.nameEn")} {...text("nameEn")} />
              <CountryPicker
                label={t("person.nationality")}
                value={v.nationality}
                onChange={(code) => set({ nationality: code })}
                {...fieldError(errors, "nationality", i18n)}
              />
              <TextInput label={t("person.email")} type="email" {...text("email")} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <PartnerPicker
                label={t("person.partner")}
                value={v.partnerId}
                onChange={(partnerId) => set({ partnerId })}
                {...fieldError(errors, "partnerId", i18n)}
              />
              <TextInput label={t("person.role")} {...text("role")} />
              <TextInput type="date" label={t("person.startedOn")} {...text("startedOn")} />
            </SimpleGrid>
            <Textarea
              label={t("person.notes")}
              autosize
              minRows={2}
              value={v.notes}
              onChange={(e) => set({ notes: e.currentTarget.value })}
            />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t("common.save")}
              </Button>
              <Button variant="default" onClick={() => navigate("/people")}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
