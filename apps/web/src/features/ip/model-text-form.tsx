import {
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { TModelText } from "@renkei/contract";
import {
  MODEL_TEXT_KIND_LABELS,
  MODEL_TEXT_KINDS,
  MODEL_TEXT_SCOPE_LABELS,
  type ModelTextKind,
  type ModelTextScope,
  scopesOf,
} from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { ipApi } from "./api";
import { ConfirmedSave } from "./ip-kit";
import { useIpMutation } from "./queries";

/**
 * A new version of a model text, in Japanese and English with its effective date (E5, E14). Versions are
 * never changed: saving adds the next version and the earlier ones stay readable and comparable.
 * Started from `base`, the kind and scope are those of the text being revised.
 */
export function ModelTextForm({ base, onDone }: { base: TModelText | null; onDone(): void }) {
  const { t, label } = useI18n();
  const [v, setV] = useState({
    kind: (base?.kind ?? "nda_one_way") as ModelTextKind,
    scope: (base?.scope ?? "collaboration_talks") as ModelTextScope,
    titleJa: base?.titleJa ?? "",
    titleEn: base?.titleEn ?? "",
    bodyJa: base?.bodyJa ?? "",
    bodyEn: base?.bodyEn ?? "",
    changeNote: "",
    effectiveOn: todayIso(),
  });
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const save = useIpMutation(() => ipApi.addModelText(v));
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      aria-label={t("ip.texts.newVersion")}
      onSubmit={(e) => e.preventDefault()}
    >
      <Stack gap="sm">
        <Title order={2} size="h5">
          {base ? t("ip.texts.newVersionOf", { n: base.version + 1 }) : t("ip.texts.newText")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("ip.texts.versionHelp")}
        </Text>
        <Group align="flex-end">
          <NativeSelect
            label={t("ip.texts.kind")}
            disabled={base !== null}
            value={v.kind}
            onChange={(e) => {
              const kind = e.currentTarget.value as ModelTextKind;
              set({ kind, scope: scopesOf(kind)[0]! });
            }}
            data={MODEL_TEXT_KINDS.map((k) => ({ value: k, label: label(MODEL_TEXT_KIND_LABELS[k]) }))}
          />
          <NativeSelect
            label={t("ip.texts.scope")}
            disabled={base !== null}
            value={v.scope}
            onChange={(e) => set({ scope: e.currentTarget.value as ModelTextScope })}
            data={scopesOf(v.kind).map((s) => ({ value: s, label: label(MODEL_TEXT_SCOPE_LABELS[s]) }))}
          />
          <TextInput
            type="date"
            label={t("ip.texts.effective")}
            value={v.effectiveOn}
            onChange={(e) => set({ effectiveOn: e.currentTarget.value })}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t("ip.texts.titleJa")}
            value={v.titleJa}
            onChange={(e) => set({ titleJa: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.texts.titleEn")}
            value={v.titleEn}
            onChange={(e) => set({ titleEn: e.currentTarget.value })}
          />
          <Textarea
            label={t("ip.texts.bodyJa")}
            autosize
            minRows={8}
            maxRows={24}
            value={v.bodyJa}
            onChange={(e) => set({ bodyJa: e.currentTarget.value })}
          />
          <Textarea
            label={t("ip.texts.bodyEn")}
            autosize
            minRows={8}
            maxRows={24}
            value={v.bodyEn}
            onChange={(e) => set({ bodyEn: e.currentTarget.value })}
          />
        </SimpleGrid>
        <TextInput
          label={t("ip.texts.changeNote")}
          value={v.changeNote}
          onChange={(e) => set({ changeNote: e.currentTarget.value })}
        />
        <ConfirmedSave
          label={t("ip.texts.saveVersion")}
          confirm={t("ip.texts.confirmVersion")}
          pending={save.isPending}
          error={save.error}
          onSave={() => save.mutate(undefined, { onSuccess: onDone })}
          onCancel={onDone}
        />
      </Stack>
    </Paper>
  );
}
