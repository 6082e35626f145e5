import { Group, NumberInput, Select, Textarea, TextInput } from "@mantine/core";
import {
  type TMembershipJoin,
  type TMembershipProgramme,
  type TMembershipTierInput,
  ZMembershipJoin,
  ZMembershipTierInput,
} from "@renkei/contract";
import { useState } from "react";
import { EntityPicker } from "../../components/ui/entity-picker";
import { type FieldErrors, fieldError, todayIso } from "../../lib/form-errors";
import { type I18n, useI18n } from "../../lib/i18n";
import { crmApi } from "./api";
import { FormModal, submitChecked } from "./crm-form";
import { useCrmMutation } from "./queries";

/** A field's message; zod's own wording for an empty id or number (not a message key) reads as 入力してください. */
function keyedError(errors: FieldErrors, field: string, i18n: I18n) {
  const raw = errors[field];
  return raw ? { error: i18n.msg(raw.startsWith("validation.") ? raw : "validation.required") } : {};
}

/** A tier of the programme with its annual fee and benefits (seed 001 事例19: MIT ILP). */
export function TierForm({ onClose }: { onClose(): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [nameJa, setNameJa] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [fee, setFee] = useState<number | string>("");
  const [benefits, setBenefits] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useCrmMutation((input: TMembershipTierInput) => crmApi.addTier(input));
  const onSubmit = () => {
    const input: TMembershipTierInput = {
      nameJa,
      nameEn,
      annualFeeYen: typeof fee === "number" ? fee : Number.NaN,
      benefits: benefits
        .split(/\r?\n/)
        .map((b) => b.trim())
        .filter(Boolean),
    };
    submitChecked(ZMembershipTierInput, input, save, setErrors, onClose);
  };
  return (
    <FormModal
      title={t("crm.mem.tierAdd")}
      submitLabel={t("common.save")}
      pending={save.isPending}
      error={save.error}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Group grow align="flex-start">
        <TextInput
          label={t("crm.mem.tierNameJa")}
          required
          value={nameJa}
          onChange={(e) => setNameJa(e.currentTarget.value)}
          {...fieldError(errors, "nameJa", i18n)}
        />
        <TextInput
          label={t("crm.mem.tierNameEn")}
          required
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          {...fieldError(errors, "nameEn", i18n)}
        />
      </Group>
      <NumberInput
        label={t("crm.mem.fee")}
        required
        min={0}
        thousandSeparator=","
        value={fee}
        onChange={setFee}
        {...keyedError(errors, "annualFeeYen", i18n)}
      />
      <Textarea
        label={t("crm.mem.benefits")}
        autosize
        minRows={3}
        value={benefits}
        onChange={(e) => setBenefits(e.currentTarget.value)}
        {...fieldError(errors, "benefits", i18n)}
      />
    </FormModal>
  );
}

/** A partner from the registry joins a tier for a whole number of years. */
export function JoinForm({ programme, onClose }: { programme: TMembershipProgramme; onClose(): void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [tierId, setTierId] = useState<string | null>(programme.tiers[0]?.id ?? null);
  const [startedOn, setStartedOn] = useState(todayIso());
  const [years, setYears] = useState<number | string>(1);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useCrmMutation((input: TMembershipJoin) => crmApi.join(input));
  const onSubmit = () => {
    const input = { partnerId: partnerId ?? "", tierId: tierId ?? "", startedOn, years: Number(years) };
    submitChecked(ZMembershipJoin, input, save, setErrors, onClose);
  };
  return (
    <FormModal
      title={t("crm.mem.join")}
      submitLabel={t("crm.mem.join")}
      pending={save.isPending}
      error={save.error}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <EntityPicker
        kind="partner"
        label={t("crm.mem.partner")}
        withAsterisk
        value={partnerId}
        onChange={(id) => setPartnerId(id)}
        {...keyedError(errors, "partnerId", i18n)}
      />
      <Select
        label={t("crm.mem.tier")}
        required
        allowDeselect={false}
        value={tierId}
        onChange={setTierId}
        data={programme.tiers.map((x) => ({ value: x.id, label: label({ ja: x.nameJa, en: x.nameEn }) }))}
        {...keyedError(errors, "tierId", i18n)}
      />
      <Group grow align="flex-start">
        <TextInput
          type="date"
          label={t("crm.mem.startedOn")}
          required
          value={startedOn}
          onChange={(e) => setStartedOn(e.currentTarget.value)}
          {...fieldError(errors, "startedOn", i18n)}
        />
        <NumberInput label={t("crm.mem.years")} required min={1} max={10} value={years} onChange={setYears} />
      </Group>
    </FormModal>
  );
}
