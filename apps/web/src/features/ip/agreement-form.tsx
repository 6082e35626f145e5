import { Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import type { TAgreementInput, TInventionDetail } from "@renkei/contract";
import {
  AGREEMENT_KIND_LABELS,
  AGREEMENT_KINDS,
  type AgreementKind,
  DEFAULT_FOREIGN_EXCEPTIONS,
} from "@renkei/domain";
import { useState } from "react";
import { CountryPicker } from "../../components/ui/country-picker";
import { type FieldErrors, fieldError, serverFieldErrors } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { ipApi } from "./api";
import { IpErrorAlert } from "./ip-kit";
import { useIpMutation } from "./queries";

const EMPTY = {
  kind: "non_exclusive_licence" as AgreementKind,
  counterpartyName: "",
  counterpartyCountry: "JP",
  counterpartyIsCoOwner: false,
  optionGrantsExclusive: false,
  territory: "",
  fieldOfUse: "",
  exceptionIds: [] as string[],
  exceptionReason: "",
  upfront: "",
  upfrontOn: "",
  rate: "",
  minimum: "",
  milestoneName: "",
  milestoneAmount: "",
  milestoneOn: "",
  forecastYear: "",
  forecastSales: "",
};

const num = (v: string) => (v.trim() === "" ? 0 : Number(v));

/** A licence, option or assignment; the policy's determination is shown once registered (seed 001 cases 3–5). */
export function AgreementForm({ d }: { d: TInventionDetail }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const [v, setV] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<typeof EMPTY>) => setV({ ...v, ...patch });
  const add = useIpMutation((body: TAgreementInput) => ipApi.addAgreement(d.id, body));
  const submit = () => {
    const body: TAgreementInput = {
      kind: v.kind,
      counterpartyName: v.counterpartyName,
      counterpartyCountry: v.counterpartyCountry.toUpperCase(),
      counterpartyIsCoOwner: v.counterpartyIsCoOwner,
      optionGrantsExclusive: v.optionGrantsExclusive,
      territory: v.territory,
      fieldOfUse: v.fieldOfUse,
      exceptionIds: v.exceptionIds,
      exceptionReason: v.exceptionReason,
      terms: {
        upfront: num(v.upfront),
        upfrontOn: v.upfrontOn || null,
        // The form offers one rate on all sales; tiers are kept by the API (contract terms, E15).
        tiers: v.rate.trim() === "" ? [] : [{ upTo: null, rateBp: Math.round(num(v.rate) * 100) }],
        milestones: v.milestoneName
          ? [{ name: v.milestoneName, amount: num(v.milestoneAmount), expectedOn: v.milestoneOn }]
          : [],
        minimumAnnualRoyalty: num(v.minimum),
      },
      forecast: v.forecastYear ? [{ fiscalYear: num(v.forecastYear), netSales: num(v.forecastSales) }] : [],
    };
    add.mutate(body, { onSuccess: () => setV(EMPTY), onError: (e) => setErrors(serverFieldErrors(e)) });
  };
  const field = (key: keyof typeof EMPTY, msg: Parameters<typeof t>[0], type = "text") => (
    <TextInput
      label={t(msg)}
      type={type}
      value={v[key] as string}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      {...fieldError(errors, key, i18n)}
    />
  );
  return (
    <Stack gap="xs" data-testid="agreement-form">
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t("ip.ag.kind")}
          value={v.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as AgreementKind })}
          data={AGREEMENT_KINDS.map((k) => ({ value: k, label: label(AGREEMENT_KIND_LABELS[k]) }))}
        />
        {field("counterpartyName", "ip.ag.counterparty")}
        <CountryPicker
          label={t("ip.ag.country")}
          withAsterisk
          value={v.counterpartyCountry}
          onChange={(counterpartyCountry) => set({ counterpartyCountry })}
          {...fieldError(errors, "counterpartyCountry", i18n)}
        />
        {field("territory", "ip.ag.territory")}
        {field("fieldOfUse", "ip.ag.fieldOfUse")}
      </Group>
      <Group>
        <Checkbox
          label={t("ip.ag.coOwner")}
          checked={v.counterpartyIsCoOwner}
          onChange={(e) => set({ counterpartyIsCoOwner: e.currentTarget.checked })}
        />
        {v.kind === "option" && (
          <Checkbox
            label={t("ip.ag.optionExclusive")}
            checked={v.optionGrantsExclusive}
            onChange={(e) => set({ optionGrantsExclusive: e.currentTarget.checked })}
          />
        )}
      </Group>
      <Text size="sm" fw={600}>
        {t("ip.ag.exceptions")}
      </Text>
      <Checkbox.Group value={v.exceptionIds} onChange={(ids) => set({ exceptionIds: ids })}>
        <Stack gap={4}>
          {DEFAULT_FOREIGN_EXCEPTIONS.slice(1).map((e) => (
            <Checkbox key={e.id} value={e.id} label={label(e)} />
          ))}
        </Stack>
      </Checkbox.Group>
      {v.exceptionIds.length > 0 && field("exceptionReason", "ip.ag.exceptionReason")}
      <Group align="flex-end" wrap="wrap">
        {field("upfront", "ip.ag.upfront", "number")}
        {field("upfrontOn", "ip.ag.upfrontOn", "date")}
        {field("rate", "ip.ag.rate", "number")}
        {field("minimum", "ip.ag.minimum", "number")}
      </Group>
      <Group align="flex-end" wrap="wrap">
        {field("milestoneName", "ip.ag.milestone")}
        {field("milestoneAmount", "ip.ag.milestoneAmount", "number")}
        {field("milestoneOn", "ip.ag.milestoneOn", "date")}
        {field("forecastYear", "ip.fy", "number")}
        {field("forecastSales", "ip.ag.forecast", "number")}
      </Group>
      {add.error ? <IpErrorAlert error={add.error} /> : null}
      <Group>
        <Button onClick={submit} loading={add.isPending}>
          {t("ip.ag.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
