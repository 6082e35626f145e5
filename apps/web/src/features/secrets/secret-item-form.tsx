import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { TSecretItemInput } from "@renkei/contract";
import {
  SECRET_DIRECTION_LABELS,
  SECRET_DIRECTIONS,
  SECRET_ORIGIN_LABELS,
  SECRET_ORIGINS,
  SECRET_STORAGE_KINDS,
  SECRET_STORAGE_LABELS,
} from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { casesApi } from "../cases/api";
import { useUsers } from "../partners/queries";
import { PartnerPicker } from "../people/partner-picker";
import { secretsApi } from "./api";
import { useSecretScheme } from "./level-badge";

type Draft = TSecretItemInput;

/** Registering an item of the register (H2–H4): what, level, origin, partner, case and NDA, who, where. */
export function SecretItemForm({ onDone }: { onDone(): void }) {
  const { t, label } = useI18n();
  const me = useCurrentUser();
  const scheme = useSecretScheme();
  const users = useUsers();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [v, setV] = useState<Draft>({
    title: "",
    description: "",
    level: 1,
    origin: "received",
    direction: "received",
    partnerId: null,
    caseId: null,
    ndaId: null,
    contractNote: "",
    responsibleUserId: me.id,
    departmentId: null,
    storageKind: "renkei",
    storageLocation: "",
    receivedOn: null,
    contractEndsOn: null,
    survivalYears: null,
    partnerRequiresPledge: false,
  });
  const set = (patch: Partial<Draft>) => setV({ ...v, ...patch });
  const cases = useQuery({
    queryKey: ["cases", "board", "pick"],
    queryFn: () => casesApi.board({ perStage: 50 }),
  });
  const caseDetail = useQuery({
    queryKey: ["cases", "detail", v.caseId],
    queryFn: () => casesApi.get(v.caseId!),
    enabled: v.caseId !== null,
  });
  const save = useMutation({
    mutationFn: () => secretsApi.create(v),
    onSuccess: ({ id }) => {
      qc.invalidateQueries({ queryKey: ["secrets"] });
      onDone();
      navigate(`/secrets/items/${id}`);
    },
  });
  const opt = (value: string | null) => value || null;
  return (
    <Paper withBorder p="md" mb="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("secrets.field.title")}
          required
          value={v.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
        <NativeSelect
          label={t("secrets.field.level")}
          value={String(v.level)}
          onChange={(e) => set({ level: Number(e.currentTarget.value) })}
          data={scheme.levels.map((l) => ({ value: String(l.level), label: label(l.name) }))}
        />
        <NativeSelect
          label={t("secrets.field.origin")}
          value={v.origin}
          onChange={(e) => set({ origin: e.currentTarget.value as Draft["origin"] })}
          data={SECRET_ORIGINS.map((o) => ({ value: o, label: label(SECRET_ORIGIN_LABELS[o]) }))}
        />
        <NativeSelect
          label={t("secrets.field.direction")}
          value={v.direction}
          onChange={(e) => set({ direction: e.currentTarget.value as Draft["direction"] })}
          data={SECRET_DIRECTIONS.map((o) => ({ value: o, label: label(SECRET_DIRECTION_LABELS[o]) }))}
        />
        <PartnerPicker
          label={t("secrets.field.partner")}
          value={v.partnerId}
          onChange={(id) => set({ partnerId: id })}
        />
        <NativeSelect
          label={t("secrets.field.case")}
          value={v.caseId ?? ""}
          onChange={(e) => set({ caseId: opt(e.currentTarget.value), ndaId: null })}
          data={[
            { value: "", label: "—" },
            ...(cases.data?.columns.flatMap((c) => c.items) ?? []).map((c) => ({
              value: c.id,
              label: `${c.ref} ${c.title}`,
            })),
          ]}
        />
        <NativeSelect
          label={t("secrets.field.nda")}
          value={v.ndaId ?? ""}
          disabled={!caseDetail.data}
          onChange={(e) => set({ ndaId: opt(e.currentTarget.value) })}
          data={[
            { value: "", label: "—" },
            ...(caseDetail.data?.ndas ?? []).map((n) => ({
              value: n.id,
              label: `${n.signedOn ?? "—"} – ${n.expiresOn ?? "—"}${n.note ? ` ${n.note}` : ""}`,
            })),
          ]}
        />
        <TextInput
          label={t("secrets.field.contractNote")}
          value={v.contractNote}
          onChange={(e) => set({ contractNote: e.currentTarget.value })}
        />
        <NativeSelect
          label={t("secrets.field.responsible")}
          value={v.responsibleUserId}
          onChange={(e) => set({ responsibleUserId: e.currentTarget.value })}
          data={(users.data?.items ?? [])
            .filter((u) => u.role !== "student")
            .map((u) => ({ value: u.id, label: u.displayName }))}
        />
        <NativeSelect
          label={t("secrets.field.storage")}
          value={v.storageKind}
          onChange={(e) => set({ storageKind: e.currentTarget.value as Draft["storageKind"] })}
          data={SECRET_STORAGE_KINDS.map((s) => ({ value: s, label: label(SECRET_STORAGE_LABELS[s]) }))}
        />
        <TextInput
          label={t("secrets.field.location")}
          required={v.storageKind !== "renkei"}
          value={v.storageLocation}
          onChange={(e) => set({ storageLocation: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t("secrets.field.receivedOn")}
          value={v.receivedOn ?? ""}
          onChange={(e) => set({ receivedOn: opt(e.currentTarget.value) })}
        />
        <TextInput
          type="date"
          label={t("secrets.field.contractEndsOn")}
          value={v.contractEndsOn ?? ""}
          onChange={(e) => set({ contractEndsOn: opt(e.currentTarget.value) })}
        />
        <NumberInput
          label={t("secrets.field.survivalYears")}
          min={0}
          max={100}
          value={v.survivalYears ?? ""}
          onChange={(n) => set({ survivalYears: n === "" ? null : Number(n) })}
        />
      </SimpleGrid>
      <Textarea
        mt="sm"
        label={t("secrets.field.description")}
        value={v.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
      />
      <Checkbox
        mt="sm"
        label={t("secrets.field.partnerPledge")}
        checked={v.partnerRequiresPledge}
        onChange={(e) => set({ partnerRequiresPledge: e.currentTarget.checked })}
      />
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Group mt="md">
        <Button loading={save.isPending} disabled={!v.title.trim()} onClick={() => save.mutate()}>
          {t("secrets.new")}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </Group>
    </Paper>
  );
}
