import { Button, Group, NumberInput, Select, Stack, TextInput } from "@mantine/core";
import {
  IP_INCOME_KIND_LABELS,
  IP_INCOME_KINDS,
  SURVEY_KIND_LABELS,
  SURVEY_KINDS,
  SURVEY_PARTNER_TYPE_LABELS,
  SURVEY_PARTNER_TYPES,
  type SurveyPartnerType,
} from "@renkei/domain";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { PartnerPicker } from "../people/partner-picker";
import { insightApi, type TAgreementForm, type TReceiptForm } from "./api";
import { useAgreements, useInsightMutation } from "./queries";

const AGREEMENT_KINDS = SURVEY_KINDS.filter((k) => k !== "ip_income");

/** The survey partner type a record is coded with; blank = suggested from the partner by the server. */
function PartnerTypeSelect(props: {
  value: SurveyPartnerType | null;
  onChange(value: SurveyPartnerType | null): void;
  error?: string | undefined;
}) {
  const { t, label } = useI18n();
  return (
    <Select
      label={t("insight.field.partnerType")}
      clearable
      data={SURVEY_PARTNER_TYPES.map((p) => ({ value: p, label: label(SURVEY_PARTNER_TYPE_LABELS[p]) }))}
      value={props.value}
      onChange={(p) => props.onChange((p as SurveyPartnerType | null) ?? null)}
      error={props.error}
    />
  );
}

/** The server's field messages, translated. */
function useErrors(error: unknown): Record<string, string> {
  const { msg } = useI18n();
  return Object.fromEntries(Object.entries(serverFieldErrors(error)).map(([k, m]) => [k, msg(m)]));
}

/** Codes an agreement for the survey; the partner type is suggested from the partner unless chosen. */
export function AgreementForm({ onDone }: { onDone(): void }) {
  const { t, label } = useI18n();
  const [v, setV] = useState<TAgreementForm>({
    title: "",
    kind: "joint_research",
    startOn: "",
    partnerId: null,
  });
  const save = useInsightMutation((input: TAgreementForm) => insightApi.createAgreement(input));
  const errors = useErrors(save.error);
  return (
    <Stack>
      <TextInput
        label={t("insight.field.title")}
        withAsterisk
        value={v.title}
        onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
        error={errors.title}
      />
      <Select
        label={t("insight.field.kind")}
        data={AGREEMENT_KINDS.map((k) => ({ value: k, label: label(SURVEY_KIND_LABELS[k]) }))}
        value={v.kind}
        onChange={(k) => k && setV({ ...v, kind: k as TAgreementForm["kind"] })}
        allowDeselect={false}
      />
      <PartnerPicker
        label={t("insight.field.partner")}
        value={v.partnerId ?? null}
        onChange={(id) => setV({ ...v, partnerId: id })}
        error={errors.partnerId}
      />
      <PartnerTypeSelect
        value={v.partnerType ?? null}
        onChange={(partnerType) => setV({ ...v, partnerType })}
        error={errors.partnerType}
      />
      <Group grow>
        <TextInput
          type="date"
          label={t("insight.field.startOn")}
          withAsterisk
          value={v.startOn}
          onChange={(e) => setV({ ...v, startOn: e.currentTarget.value })}
          error={errors.startOn}
        />
        <TextInput
          type="date"
          label={t("insight.field.endOn")}
          value={v.endOn ?? ""}
          onChange={(e) => setV({ ...v, endOn: e.currentTarget.value || null })}
          error={errors.endOn}
        />
      </Group>
      {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
      <Group justify="flex-end">
        <Button loading={save.isPending} onClick={() => save.mutate(v, { onSuccess: onDone })}>
          {t("common.save")}
        </Button>
      </Group>
    </Stack>
  );
}

/** Records money received with what the survey needs (kind, partner type, direct and indirect, date). */
export function ReceiptForm({ onDone }: { onDone(): void }) {
  const { t, label } = useI18n();
  const agreements = useAgreements();
  const [v, setV] = useState<TReceiptForm>({
    kind: "joint_research",
    direct: 0,
    indirect: 0,
    receivedOn: "",
    note: "",
  });
  const save = useInsightMutation((input: TReceiptForm) => insightApi.recordReceipt(input));
  const errors = useErrors(save.error);
  const chosen = agreements.data?.items.find((a) => a.id === v.agreementId);
  return (
    <Stack>
      <Select
        label={t("insight.field.agreement")}
        clearable
        searchable
        data={(agreements.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }))}
        value={v.agreementId ?? null}
        onChange={(id) => {
          const a = agreements.data?.items.find((x) => x.id === id);
          setV({ ...v, agreementId: id, kind: a ? a.kind : v.kind, ipIncomeKind: a ? null : v.ipIncomeKind });
        }}
        error={errors.agreementId}
      />
      <Select
        label={t("insight.field.kind")}
        data={SURVEY_KINDS.map((k) => ({ value: k, label: label(SURVEY_KIND_LABELS[k]) }))}
        value={v.kind}
        disabled={chosen !== undefined}
        onChange={(k) =>
          k &&
          setV({ ...v, kind: k as TReceiptForm["kind"], ipIncomeKind: k === "ip_income" ? "patent" : null })
        }
        allowDeselect={false}
        error={errors.kind}
      />
      {v.kind === "ip_income" && (
        <Select
          label={t("insight.field.ipIncomeKind")}
          data={IP_INCOME_KINDS.map((k) => ({ value: k, label: label(IP_INCOME_KIND_LABELS[k]) }))}
          value={v.ipIncomeKind ?? null}
          onChange={(k) => setV({ ...v, ipIncomeKind: (k as TReceiptForm["ipIncomeKind"]) ?? null })}
          error={errors.ipIncomeKind}
        />
      )}
      {!chosen && (
        <PartnerPicker
          label={t("insight.field.partner")}
          value={v.partnerId ?? null}
          onChange={(id) => setV({ ...v, partnerId: id })}
          error={errors.partnerId}
        />
      )}
      <PartnerTypeSelect
        value={v.partnerType ?? null}
        onChange={(partnerType) => setV({ ...v, partnerType })}
        error={errors.partnerType}
      />
      <Group grow>
        <NumberInput
          label={t("insight.field.direct")}
          withAsterisk
          min={0}
          thousandSeparator=","
          value={v.direct}
          onChange={(n) => setV({ ...v, direct: Number(n) || 0 })}
          error={errors.direct}
        />
        <NumberInput
          label={t("insight.field.indirect")}
          min={0}
          thousandSeparator=","
          value={v.indirect ?? 0}
          onChange={(n) => setV({ ...v, indirect: Number(n) || 0 })}
          error={errors.indirect}
        />
      </Group>
      <TextInput
        type="date"
        label={t("insight.field.receivedOn")}
        withAsterisk
        value={v.receivedOn}
        onChange={(e) => setV({ ...v, receivedOn: e.currentTarget.value })}
        error={errors.receivedOn}
      />
      <TextInput
        label={t("insight.field.note")}
        value={v.note ?? ""}
        onChange={(e) => setV({ ...v, note: e.currentTarget.value })}
        error={errors.note}
      />
      {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
      <Group justify="flex-end">
        <Button loading={save.isPending} onClick={() => save.mutate(v, { onSuccess: onDone })}>
          {t("common.save")}
        </Button>
      </Group>
    </Stack>
  );
}
