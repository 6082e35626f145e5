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
import type { TReviewInput } from "@renkei/contract";
import { type AssessAnswers, answersToFacts, hasPermission, mergeFacts } from "@renkei/domain";
import { type FormEvent, useState } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { EntityPicker } from "../../components/ui/entity-picker";
import type { FieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { useUsers } from "../partners/queries";
import { AssessQuestions } from "./assess-questions";
import { ClassificationPicker } from "./classification-picker";
import { RuleViolationAlert } from "./rule-violation-alert";

export interface ReviewFormValues {
  title: string;
  description: string;
  applicantId: string;
  caseId: string;
  caseSubject?: { kind: "partner" | "participant"; id: string } | null;
  counterpartyName: string;
  counterpartyCountry: string;
  plannedOn: string;
  answers: AssessAnswers;
  /** Facts the questionnaire does not ask (`unaskedFacts`), kept as they were. */
  extraFacts: Record<string, unknown>;
  classificationIds: string[];
  confirmedAccurate: boolean;
  notes: string;
}

export function toReviewInput(v: ReviewFormValues): TReviewInput {
  const facts = mergeFacts(v.extraFacts, answersToFacts(v.answers) as Record<string, unknown>);
  return {
    title: v.title,
    description: v.description,
    applicantId: v.applicantId || null,
    caseId: v.caseId.trim() || null,
    // Only a review filed from the case names its party; an edit leaves the recorded party as it is.
    ...(v.caseSubject !== undefined ? { caseSubject: v.caseId.trim() ? v.caseSubject : null } : {}),
    counterpartyName: v.counterpartyName || null,
    counterpartyCountry: v.counterpartyCountry || null,
    plannedOn: v.plannedOn || null,
    facts,
    selfCheck: { confirmedAccurate: v.confirmedAccurate, notes: v.notes },
    classificationIds: v.classificationIds,
  };
}

/** 取引審査 form: the transaction, the same plain questions as the check page, 該非判定 records, self-check. */
export function ReviewForm(props: {
  initial: ReviewFormValues;
  editing: boolean;
  saving: boolean;
  serverErrors: FieldErrors;
  submitError: unknown;
  /** How the linked case reads (its number and title) when the form opens with one. */
  caseLabel?: string | undefined;
  onSubmit(input: TReviewInput): void;
  onCancel(): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const me = useCurrentUser();
  const [v, setV] = useState(props.initial);
  const users = useUsers(can("export.review.proxy") && !props.editing);
  const set = (patch: Partial<ReviewFormValues>) => setV((x) => ({ ...x, ...patch }));
  const err = (field: string) =>
    props.serverErrors[field] ? i18n.msg(props.serverErrors[field]) : undefined;
  const applicants = (users.data?.items ?? []).filter(
    (u) => u.id !== me.id && hasPermission(u.role, "export.review.submit"),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSubmit(toReviewInput(v));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {props.submitError !== null && props.submitError !== undefined && (
          <RuleViolationAlert error={props.submitError} />
        )}
        <Paper withBorder p="lg">
          <Stack>
            <TextInput
              label={t("ec.rv.titleField")}
              required
              value={v.title}
              error={err("title")}
              onChange={(e) => set({ title: e.currentTarget.value })}
            />
            <Textarea
              label={t("ec.rv.description")}
              autosize
              minRows={3}
              value={v.description}
              onChange={(e) => set({ description: e.currentTarget.value })}
            />
            {can("export.review.proxy") && !props.editing && (
              <NativeSelect
                label={t("ec.rv.applicant")}
                description={t("ec.rv.applicant.help")}
                value={v.applicantId}
                error={err("applicantId")}
                onChange={(e) => set({ applicantId: e.currentTarget.value })}
                data={[
                  { value: "", label: t("ec.rv.applicant.self") },
                  ...applicants.map((u) => ({ value: u.id, label: u.displayName })),
                ]}
              />
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label={t("ec.rv.counterparty")}
                value={v.counterpartyName}
                onChange={(e) => set({ counterpartyName: e.currentTarget.value })}
              />
              <CountryPicker
                label={t("ec.rv.counterpartyCountry")}
                value={v.counterpartyCountry}
                error={err("counterpartyCountry")}
                onChange={(code) => set({ counterpartyCountry: code })}
              />
              <TextInput
                type="date"
                label={t("ec.rv.plannedOn")}
                value={v.plannedOn}
                onChange={(e) => set({ plannedOn: e.currentTarget.value })}
              />
            </SimpleGrid>
            <EntityPicker
              kind="case"
              label={t("ec.rv.linkCase")}
              value={v.caseId || null}
              initialLabel={props.caseLabel ?? null}
              error={err("caseId")}
              onChange={(id) => set({ caseId: id ?? "" })}
            />
            <ClassificationPicker
              label={t("ec.rv.classifications")}
              value={v.classificationIds}
              onChange={(ids) => set({ classificationIds: ids })}
            />
          </Stack>
        </Paper>
        <Title order={2} size="h3">
          {t("ec.rv.facts")}
        </Title>
        {err("facts") && <RuleViolationAlert error={props.submitError} />}
        <AssessQuestions
          answers={v.answers}
          onChange={(patch) => set({ answers: { ...v.answers, ...patch } })}
        />
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t("ec.rv.selfCheck")}
          </Title>
          <Textarea
            label={t("ec.rv.notes")}
            autosize
            minRows={2}
            value={v.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
          />
          <Checkbox
            mt="md"
            label={t("ec.rv.confirm")}
            checked={v.confirmedAccurate}
            onChange={(e) => set({ confirmedAccurate: e.currentTarget.checked })}
          />
        </Paper>
        <Group>
          <Button type="submit" loading={props.saving}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={props.onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
