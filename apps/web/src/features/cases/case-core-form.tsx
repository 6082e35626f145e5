import {
  Badge,
  Button,
  CloseButton,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type TCaseCreate, ZCaseCreate } from "@renkei/contract";
import {
  CASE_KIND_LABELS,
  CASE_KINDS,
  type CaseKind,
  EMERGING_TECH_CATEGORIES,
  EMERGING_TECH_LABELS,
  type EmergingTechCategory,
  RESEARCH_AREA_LABELS,
  RESEARCH_AREAS,
  type ResearchArea,
} from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type FieldErrors, fieldError, serverFieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { useUsers } from "../partners/queries";
import { PartnerPicker } from "../people/partner-picker";
import { useDepartments } from "./queries";

export type CaseCoreValues = Required<Omit<TCaseCreate, "partnerIds">> & { partnerIds: string[] };

interface Props {
  initial: CaseCoreValues;
  /** Partners are chosen at intake; later they are managed on the case page. */
  withPartners: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(values: CaseCoreValues, setErrors: (e: FieldErrors) => void): void;
  onCancel(): void;
}

/** The case's core (seed 001 §IV.2-1): what, who, where, which field, with whom. */
export function CaseCoreForm({
  initial,
  withPartners,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: Props) {
  const i18n = useI18n();
  const { t, label, locale } = i18n;
  const me = useCurrentUser();
  const users = useUsers();
  const departments = useDepartments();
  const [values, setValues] = useState<CaseCoreValues>(initial);
  const [partnerNames, setPartnerNames] = useState<Record<string, string>>({});
  const [picker, setPicker] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<CaseCoreValues>) => setValues((v) => ({ ...v, ...patch }));
  const researcherOnly = me.role === "researcher";
  const piOptions = (users.data?.items ?? [])
    .filter((u) => u.role === "researcher" || u.id === values.piUserId)
    .map((u) => ({ value: u.id, label: u.displayName }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validateWith(ZCaseCreate, values);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      onSubmit(values, (server) => setErrors(server));
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {Boolean(error) && Object.keys(errors).length === 0 && <ErrorAlert error={error} />}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <NativeSelect
            label={t("case.field.kind")}
            value={values.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as CaseKind })}
            data={CASE_KINDS.map((k) => ({ value: k, label: label(CASE_KIND_LABELS[k]) }))}
          />
          {researcherOnly ? (
            <TextInput label={t("case.field.pi")} value={me.displayName} readOnly />
          ) : (
            <NativeSelect
              label={t("case.field.pi")}
              value={values.piUserId ?? ""}
              onChange={(e) => set({ piUserId: e.currentTarget.value || null })}
              data={[{ value: "", label: t("common.select") }, ...piOptions]}
              {...fieldError(errors, "piUserId", i18n)}
            />
          )}
        </SimpleGrid>
        <TextInput
          label={t("case.field.title")}
          withAsterisk
          value={values.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          {...fieldError(errors, "title", i18n)}
        />
        <Textarea
          label={t("case.field.summary")}
          autosize
          minRows={2}
          value={values.summary}
          onChange={(e) => set({ summary: e.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MultiSelect
            searchable
            label={t("case.field.departments")}
            value={values.departmentIds}
            onChange={(departmentIds) => set({ departmentIds })}
            data={(departments.data?.items ?? []).map((d) => ({
              value: d.id,
              label: locale === "ja" ? d.nameJa : d.nameEn,
            }))}
            {...fieldError(errors, "departmentIds", i18n)}
          />
          <NativeSelect
            label={t("case.field.area")}
            value={values.field.area ?? ""}
            onChange={(e) =>
              set({
                field: { ...values.field, area: (e.currentTarget.value || null) as ResearchArea | null },
              })
            }
            data={[
              { value: "", label: t("common.select") },
              ...RESEARCH_AREAS.map((a) => ({ value: a, label: label(RESEARCH_AREA_LABELS[a]) })),
            ]}
          />
        </SimpleGrid>
        <MultiSelect
          searchable
          label={t("case.field.emergingTech")}
          description={t("case.field.emergingTechHelp")}
          value={values.field.emergingTech ?? []}
          onChange={(v) => set({ field: { ...values.field, emergingTech: v as EmergingTechCategory[] } })}
          data={EMERGING_TECH_CATEGORIES.map((c) => ({
            value: c,
            label: `${EMERGING_TECH_LABELS[c].no}. ${label(EMERGING_TECH_LABELS[c])}`,
          }))}
        />
        <TagsInput
          label={t("case.field.keywords")}
          value={values.field.keywords ?? []}
          onChange={(keywords) => set({ field: { ...values.field, keywords } })}
        />
        {withPartners && (
          <Stack gap="xs">
            {/* Choosing a partner adds it: no second button to forget (issue 11 item 6). */}
            <PartnerPicker
              label={t("case.field.partners")}
              value={picker}
              onChange={(id, shown) => {
                setPicker(id);
                if (id && !values.partnerIds.includes(id)) {
                  setPartnerNames((n) => ({ ...n, [id]: shown ?? "" }));
                  set({ partnerIds: [...values.partnerIds, id] });
                }
              }}
              {...fieldError(errors, "partnerIds", i18n)}
            />
            <Group gap="xs" aria-label={t("case.field.partners")}>
              {values.partnerIds.map((id) => (
                <Badge
                  key={id}
                  variant="light"
                  size="lg"
                  rightSection={
                    <CloseButton
                      size="xs"
                      aria-label={t("case.partners.remove")}
                      onClick={() => set({ partnerIds: values.partnerIds.filter((p) => p !== id) })}
                    />
                  }
                >
                  {partnerNames[id]}
                </Badge>
              ))}
            </Group>
          </Stack>
        )}
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function emptyCase(piUserId: string | null): CaseCoreValues {
  return {
    kind: "joint_research",
    title: "",
    summary: "",
    piUserId,
    departmentIds: [],
    field: { area: null, emergingTech: [], keywords: [] },
    partnerIds: [],
  };
}

export { serverFieldErrors };
