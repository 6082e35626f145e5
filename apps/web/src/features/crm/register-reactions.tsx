import { Button, Group, Paper, Select, Stack, Textarea, TextInput, Title } from "@mantine/core";
import {
  type TReaction,
  type TReactionInput,
  type TSeedNeedRegister,
  ZReactionInput,
} from "@renkei/contract";
import {
  REACTION_EVENT_KIND_LABELS,
  REACTION_EVENT_KINDS,
  REACTION_INTEREST_LABELS,
  REACTION_INTERESTS,
  type ReactionEventKind,
  type ReactionInterest,
} from "@renkei/domain";
import { type FormEvent, useMemo, useState } from "react";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { EntityPicker } from "../../components/ui/entity-picker";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type FieldErrors, fieldError, todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { crmApi } from "./api";
import { submitChecked } from "./crm-form";
import { useCrmMutation } from "./queries";

/** Reactions at talks and exhibitions (seed 001 事例18, 20): who showed interest in which seed. */
export function RegisterReactions({ register }: { register: TSeedNeedRegister }) {
  const { t, label, date } = useI18n();
  const can = useCan();
  const columns = useMemo<DataColumn<TReaction>[]>(
    () => [
      { key: "occurredOn", header: t("crm.reg.occurredOn"), value: (r) => date(r.occurredOn), width: 110 },
      {
        key: "eventKind",
        header: t("crm.reg.eventKind"),
        value: (r) => label(REACTION_EVENT_KIND_LABELS[r.eventKind]),
        filter: true,
      },
      { key: "eventName", header: t("crm.reg.eventName"), value: (r) => r.eventName },
      {
        key: "who",
        header: t("crm.reg.reactionPartner"),
        value: (r) => [r.partner?.label, r.person?.label].filter(Boolean).join(" / "),
      },
      { key: "seed", header: t("crm.reg.reactionSeed"), value: (r) => r.seed?.label ?? "" },
      {
        key: "interest",
        header: t("crm.reg.interest"),
        value: (r) => label(REACTION_INTEREST_LABELS[r.interest]),
        filter: true,
      },
      { key: "note", header: t("crm.reg.reactionNote"), value: (r) => r.note },
    ],
    [t, label, date],
  );
  return (
    <Stack>
      <DataTable
        rows={register.reactions}
        columns={columns}
        rowKey={(r) => r.id}
        fileName="reactions"
        testId="reactions"
      />
      {can("crm.register_write") && <ReactionForm register={register} />}
    </Stack>
  );
}

function ReactionForm({ register }: { register: TSeedNeedRegister }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const empty = {
    eventKind: "exhibition" as ReactionEventKind,
    eventName: "",
    occurredOn: todayIso(),
    partnerId: null as string | null,
    personId: null as string | null,
    seedId: null as string | null,
    interest: "some" as ReactionInterest,
    note: "",
  };
  const [v, setV] = useState(empty);
  const [formKey, setFormKey] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useCrmMutation((input: TReactionInput) => crmApi.addReaction(input));
  const set = <K extends keyof typeof empty>(k: K, value: (typeof empty)[K]) =>
    setV((s) => ({ ...s, [k]: value }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submitChecked(ZReactionInput, v, save, setErrors, () => {
      setV(empty);
      setFormKey((k) => k + 1);
    });
  };
  const seeds = register.entries
    .filter((e) => e.kind === "seed")
    .map((e) => ({ value: e.id, label: e.title }));
  return (
    <Paper withBorder p="md" component="form" onSubmit={onSubmit} noValidate key={formKey}>
      <Title order={3} size="h5" mb="xs">
        {t("crm.reg.reactionSave")}
      </Title>
      <Stack>
        <Group grow align="flex-start">
          <Select
            label={t("crm.reg.eventKind")}
            required
            allowDeselect={false}
            value={v.eventKind}
            onChange={(x) => x && set("eventKind", x as ReactionEventKind)}
            data={REACTION_EVENT_KINDS.map((k) => ({
              value: k,
              label: label(REACTION_EVENT_KIND_LABELS[k]),
            }))}
          />
          <TextInput
            label={t("crm.reg.eventName")}
            required
            value={v.eventName}
            onChange={(e) => set("eventName", e.currentTarget.value)}
            {...fieldError(errors, "eventName", i18n)}
          />
          <TextInput
            type="date"
            label={t("crm.reg.occurredOn")}
            required
            value={v.occurredOn}
            onChange={(e) => set("occurredOn", e.currentTarget.value)}
            {...fieldError(errors, "occurredOn", i18n)}
          />
        </Group>
        <Group grow align="flex-start">
          <EntityPicker
            kind="partner"
            label={t("crm.reg.reactionPartner")}
            value={v.partnerId}
            onChange={(id) => set("partnerId", id)}
            {...fieldError(errors, "partnerId", i18n)}
          />
          <EntityPicker
            kind="person"
            label={t("crm.reg.reactionPerson")}
            value={v.personId}
            onChange={(id) => set("personId", id)}
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t("crm.reg.reactionSeed")}
            clearable
            searchable
            value={v.seedId}
            onChange={(x) => set("seedId", x)}
            data={seeds}
          />
          <Select
            label={t("crm.reg.interest")}
            required
            allowDeselect={false}
            value={v.interest}
            onChange={(x) => x && set("interest", x as ReactionInterest)}
            data={REACTION_INTERESTS.map((k) => ({ value: k, label: label(REACTION_INTEREST_LABELS[k]) }))}
          />
        </Group>
        <Textarea
          label={t("crm.reg.reactionNote")}
          autosize
          minRows={2}
          value={v.note}
          onChange={(e) => set("note", e.currentTarget.value)}
        />
        {save.error && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("crm.reg.reactionSave")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
