import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type TDuplicateCandidate, type TPartnerInput, ZPartnerInput } from "@renkei/contract";
import {
  JAPAN_PRESENCE,
  JAPAN_PRESENCE_LABELS,
  PARTNER_TYPE_LABELS,
  PARTNER_TYPES,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
} from "@renkei/domain";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useMemo, useState } from "react";
import { partnersApi } from "../../api/endpoints";
import { CountryPicker } from "../../components/ui/country-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type FieldErrors, validateWith } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { OperatingCountriesField } from "../crm/operating-countries-field";
import { DuplicateWarning } from "./duplicate-warning";
import { duplicateQueryOf, type PartnerFormValues, toPartnerInput } from "./partner-form-values";
import { partnerKeys, useDuplicates, useUsers } from "./queries";

interface Props {
  initial: PartnerFormValues;
  /** Set when editing, so the partner itself is not reported as its own duplicate. */
  partnerId?: string;
  submitLabel: string;
  saving: boolean;
  serverErrors: FieldErrors;
  submitError: unknown;
  onSubmit(input: TPartnerInput): void;
  onCancel(): void;
}

/** Create / edit form: contract-schema validation per field, server issues mapped back, duplicate warning. */
export function PartnerForm(props: Props) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const [values, setValues] = useState(props.initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [changedSinceServer, setChangedSinceServer] = useState<Set<string>>(new Set());
  const users = useUsers();

  const clientErrors = useMemo(() => validateWith(ZPartnerInput, toPartnerInput(values)), [values]);
  const [dupValues] = useDebouncedValue(values, 400);
  const dupQuery = useMemo(() => duplicateQueryOf(dupValues, props.partnerId), [dupValues, props.partnerId]);
  const duplicates = useDuplicates(dupQuery);
  // Candidates fetched at submit time win over the debounced live check, which may lag behind typing.
  const [submitCandidates, setSubmitCandidates] = useState<TDuplicateCandidate[] | null>(null);
  const candidates = submitCandidates ?? (dupQuery ? (duplicates.data?.candidates ?? []) : []);
  const queryClient = useQueryClient();
  const needsAck = !props.partnerId && candidates.length > 0;

  const errorFor = (field: string): string | undefined => {
    const server = changedSinceServer.has(field) ? undefined : props.serverErrors[field];
    const client = submitted || touched.has(field) ? clientErrors[field] : undefined;
    const raw = client ?? server;
    return raw ? i18n.msg(raw) : undefined;
  };
  const set = <K extends keyof PartnerFormValues>(key: K, value: PartnerFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSubmitCandidates(null);
    const field = key === "aliasesText" ? "aliases" : key;
    setChangedSinceServer((s) => new Set(s).add(field));
  };
  const touch = (field: string) => () => setTouched((s) => new Set(s).add(field));
  const text = (key: keyof PartnerFormValues & string, field: string = key) => ({
    value: values[key] as string,
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
    onBlur: touch(field),
    error: errorFor(field),
  });

  const triStateOptions = [
    { value: "", label: t("crm.unknown") },
    { value: "yes", label: t("common.yes") },
    { value: "no", label: t("common.no") },
  ];

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setChangedSinceServer(new Set());
    if (Object.keys(clientErrors).length > 0) {
      return;
    }
    const current = duplicateQueryOf(values, props.partnerId);
    if (!props.partnerId && current && !acknowledged) {
      const found = await queryClient
        .fetchQuery({
          queryKey: partnerKeys.duplicates(current),
          queryFn: () => partnersApi.duplicates(current),
        })
        .catch(() => ({ candidates: [] }));
      if (found.candidates.length > 0) {
        setSubmitCandidates(found.candidates);
        return;
      }
    }
    props.onSubmit(toPartnerInput(values));
  };
  const section = (title: string, children: ReactNode) => (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Stack>
        {props.submitError !== null && props.submitError !== undefined && (
          <ErrorAlert error={props.submitError} />
        )}
        {section(
          t("partner.basic"),
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t("field.legalName")} withAsterisk {...text("legalName")} />
            <TextInput label={t("field.nameEn")} {...text("nameEn")} />
            <TextInput label={t("field.nameRomanized")} {...text("nameRomanized")} />
            <NativeSelect
              label={t("field.type")}
              withAsterisk
              value={values.type}
              onChange={(e) => set("type", e.currentTarget.value as PartnerFormValues["type"])}
              onBlur={touch("type")}
              error={errorFor("type")}
              data={[
                { value: "", label: t("common.select") },
                ...PARTNER_TYPES.map((p) => ({ value: p, label: label(PARTNER_TYPE_LABELS[p]) })),
              ]}
            />
            <CountryPicker
              label={t("field.country")}
              withAsterisk
              value={values.country}
              onChange={(code) => set("country", code as never)}
              error={errorFor("country")}
            />
            <TextInput
              label={t("field.corporateNumber")}
              description={t("field.corporateNumberHint")}
              inputMode="numeric"
              {...text("corporateNumber")}
            />
            <TextInput label={t("field.website")} type="url" placeholder="https://" {...text("website")} />
            <Textarea
              label={t("field.aliases")}
              description={t("field.aliasesHint")}
              autosize
              minRows={2}
              {...text("aliasesText", "aliases")}
            />
          </SimpleGrid>,
        )}
        {section(
          t("partner.ownership"),
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <TextInput label={t("field.parentName")} {...text("parentName")} />
            <TextInput label={t("field.controllingOwner")} {...text("controllingOwner")} />
            <NativeSelect
              label={t("field.japanPresence")}
              value={values.japanPresence}
              onChange={(e) =>
                set("japanPresence", e.currentTarget.value as PartnerFormValues["japanPresence"])
              }
              data={JAPAN_PRESENCE.map((p) => ({ value: p, label: label(JAPAN_PRESENCE_LABELS[p]) }))}
            />
            <NativeSelect
              label={t("crm.japanEmploys")}
              value={values.japanEmploys}
              onChange={(e) =>
                set("japanEmploys", e.currentTarget.value as PartnerFormValues["japanEmploys"])
              }
              data={triStateOptions}
            />
            <NativeSelect
              label={t("crm.japanPaysTax")}
              value={values.japanPaysTax}
              onChange={(e) =>
                set("japanPaysTax", e.currentTarget.value as PartnerFormValues["japanPaysTax"])
              }
              data={triStateOptions}
            />
            <OperatingCountriesField
              value={values.operatingCountries}
              onChange={(codes) => set("operatingCountries", codes)}
              error={errorFor("operatingCountries")}
            />
            <TextInput label={t("crm.applicableLaws")} {...text("applicableLaws")} />
            <TextInput label={t("crm.originUniversity")} {...text("originUniversity")} />
            <NativeSelect
              label={t("field.sizeClass")}
              value={values.sizeClass}
              onChange={(e) => set("sizeClass", e.currentTarget.value as PartnerFormValues["sizeClass"])}
              data={[
                { value: "", label: t("common.notSet") },
                ...SIZE_CLASSES.map((s) => ({ value: s, label: label(SIZE_CLASS_LABELS[s]) })),
              ]}
            />
            <Stack gap="xs" justify="center">
              <Checkbox
                label={t("field.foreignGovControl")}
                checked={values.foreignGovControl}
                onChange={(e) => set("foreignGovControl", e.currentTarget.checked)}
              />
              <Checkbox
                label={t("field.stateOwned")}
                checked={values.stateOwned}
                onChange={(e) => set("stateOwned", e.currentTarget.checked)}
              />
            </Stack>
          </SimpleGrid>,
        )}
        {section(
          t("partner.management"),
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <NativeSelect
              label={t("field.owner")}
              value={values.ownerUserId}
              onChange={(e) => set("ownerUserId", e.currentTarget.value)}
              error={errorFor("ownerUserId")}
              data={[
                { value: "", label: t("common.notSet") },
                ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
              ]}
            />
            <Textarea label={t("field.notes")} autosize minRows={3} {...text("notes")} />
          </SimpleGrid>,
        )}
        <DuplicateWarning candidates={candidates} />
        {needsAck && (
          <Checkbox
            label={t("partner.ack")}
            checked={acknowledged}
            onChange={(e) => setAcknowledged(e.currentTarget.checked)}
            // Asked for only when the check made at submit found candidates (the live check may be stale).
            error={submitCandidates && !acknowledged ? t("partner.ackRequired") : undefined}
          />
        )}
        <Group>
          <Button type="submit" loading={props.saving}>
            {props.submitLabel}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
