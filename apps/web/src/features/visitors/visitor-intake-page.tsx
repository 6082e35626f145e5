import { Button, Group, Paper, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from "@mantine/core";
import { ZVisitorInput } from "@renkei/contract";
import { VISITOR_KINDS, type VisitorKind } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router-dom";
import { CountryPicker } from "../../components/ui/country-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { PageTitle } from "../../components/ui/page-title";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { type TVisitorInput, visitorsApi } from "./api";
import { DeclarationFields } from "./declaration-fields";
import { type DeclarationForm, EMPTY_DECLARATION, toDeclaration } from "./declaration-form";
import { useVisitorMutation } from "./queries";

/** 受入申告: who is coming, why and when, and their residency / 特定類型 self-declaration. */
export function VisitorIntakePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const create = useVisitorMutation((input: TVisitorInput) => visitorsApi.create(input));
  const [v, setV] = useState({
    kind: "visiting_researcher" as VisitorKind,
    fullName: "",
    nameEn: "",
    email: "",
    homeOrganisation: "",
    homeCountry: "",
    purpose: "",
    stayFrom: "",
    stayUntil: "",
  });
  const [decl, setDecl] = useState<DeclarationForm>(EMPTY_DECLARATION);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const text = (key: Exclude<keyof typeof v, "kind">) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => set({ [key]: e.currentTarget.value }),
    ...fieldError(errors, key, i18n),
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const input: TVisitorInput = {
      ...v,
      nameEn: v.nameEn || null,
      email: v.email || null,
      homeCountry: v.homeCountry || null,
      stayFrom: v.stayFrom || null,
      stayUntil: v.stayUntil || null,
      declaration: toDeclaration(decl),
    };
    const found = validateWith(ZVisitorInput, input);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      create.mutate(input, {
        onSuccess: (r) => navigate(`/visitors/${(r as { id: string }).id}`),
        onError: (err) => setErrors(serverFieldErrors(err)),
      });
    }
  };

  return (
    <Stack maw={900}>
      <PageTitle title={t("visitors.new")} description={t("visitors.newHelp")} />
      <form onSubmit={onSubmit} noValidate>
        <Paper withBorder p="lg">
          <Stack>
            {create.isError && Object.keys(errors).length === 0 && <ErrorAlert error={create.error} />}
            <Title order={2} size="h4">
              {t("visitors.personSection")}
            </Title>
            <Select
              label={t("visitors.kind")}
              withAsterisk
              value={v.kind}
              onChange={(k) => k && set({ kind: k as VisitorKind })}
              data={VISITOR_KINDS.map((k) => ({ value: k, label: t(`visitors.kind.${k}` as MessageKey) }))}
            />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput label={t("visitors.fullName")} withAsterisk {...text("fullName")} />
              <TextInput label={t("visitors.nameEn")} {...text("nameEn")} />
              <TextInput label={t("visitors.email")} type="email" {...text("email")} />
              <TextInput label={t("visitors.homeOrganisation")} {...text("homeOrganisation")} />
              <CountryPicker
                label={t("visitors.homeCountry")}
                value={v.homeCountry}
                onChange={(code) => set({ homeCountry: code })}
                {...fieldError(errors, "homeCountry", i18n)}
              />
            </SimpleGrid>
            <Textarea label={t("visitors.purpose")} autosize minRows={2} {...text("purpose")} />
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput type="date" label={t("visitors.stayFrom")} {...text("stayFrom")} />
              <TextInput type="date" label={t("visitors.stayUntil")} {...text("stayUntil")} />
            </SimpleGrid>
            <DeclarationFields value={decl} onChange={(patch) => setDecl((d) => ({ ...d, ...patch }))} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t("visitors.submit")}
              </Button>
              <Button variant="default" onClick={() => navigate("/visitors")}>
                {t("common.cancel")}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </form>
    </Stack>
  );
}
