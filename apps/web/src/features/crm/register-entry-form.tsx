import { Checkbox, Select, Textarea, TextInput } from "@mantine/core";
import { type TSeedNeedEntry, type TSeedNeedEntryInput, ZSeedNeedEntryInput } from "@renkei/contract";
import { REGISTER_KIND_LABELS, REGISTER_KINDS, type RegisterKind } from "@renkei/domain";
import { useState } from "react";
import { EntityPicker } from "../../components/ui/entity-picker";
import { type FieldErrors, fieldError } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { crmApi } from "./api";
import { FormModal, submitChecked } from "./crm-form";
import { useCrmMutation } from "./queries";

const splitKeywords = (s: string) =>
  s
    .split(/[,、，\n]+/)
    .map((k) => k.trim())
    .filter(Boolean);

/**
 * Adds a seed or a need, or corrects one (`entry` given): a seed is the author's research theme, a need
 * belongs to a partner chosen from the registry. The kind of a recorded entry stays.
 */
export function RegisterEntryForm({ entry, onClose }: { entry?: TSeedNeedEntry; onClose(): void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const [kind, setKind] = useState<RegisterKind>(entry?.kind ?? "seed");
  const [title, setTitle] = useState(entry?.title ?? "");
  const [summary, setSummary] = useState(entry?.summary ?? "");
  const [keywords, setKeywords] = useState(entry?.keywords.join("、") ?? "");
  const [partnerId, setPartnerId] = useState<string | null>(entry?.partner?.id ?? null);
  const [closed, setClosed] = useState(entry?.closed ?? false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useCrmMutation(async (input: TSeedNeedEntryInput) => {
    await (entry ? crmApi.updateEntry(entry.id, { entry: input, closed }) : crmApi.addEntry(input));
  });

  const onSubmit = () => {
    const input: TSeedNeedEntryInput = {
      kind,
      title,
      summary,
      keywords: splitKeywords(keywords),
      partnerId: kind === "need" ? partnerId : null,
    };
    submitChecked(ZSeedNeedEntryInput, input, save, setErrors, onClose);
  };

  return (
    <FormModal
      title={entry ? t("crm.reg.editTitle") : t("crm.reg.add")}
      submitLabel={t("crm.reg.save")}
      pending={save.isPending}
      error={save.error}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Select
        label={t("crm.reg.kind")}
        required
        allowDeselect={false}
        disabled={Boolean(entry)}
        value={kind}
        onChange={(v) => v && setKind(v as RegisterKind)}
        data={REGISTER_KINDS.map((k) => ({ value: k, label: label(REGISTER_KIND_LABELS[k]) }))}
        {...fieldError(errors, "kind", i18n)}
      />
      <TextInput
        label={t("crm.reg.entryTitle")}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        {...fieldError(errors, "title", i18n)}
      />
      {kind === "need" && (
        <EntityPicker
          kind="partner"
          label={t("crm.reg.partner")}
          withAsterisk
          value={partnerId}
          initialLabel={entry?.partner?.label}
          onChange={(id) => setPartnerId(id)}
          {...fieldError(errors, "partnerId", i18n)}
        />
      )}
      <Textarea
        label={t("crm.reg.summary")}
        autosize
        minRows={3}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        {...fieldError(errors, "summary", i18n)}
      />
      <TextInput
        label={t("crm.reg.keywords")}
        value={keywords}
        onChange={(e) => setKeywords(e.currentTarget.value)}
        {...fieldError(errors, "keywords", i18n)}
      />
      {entry && (
        <Checkbox
          label={t("crm.reg.closedCheck")}
          checked={closed}
          onChange={(e) => setClosed(e.currentTarget.checked)}
        />
      )}
    </FormModal>
  );
}
