import {
  Alert,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import type { TSecretSettings } from "@renkei/contract";
import {
  DOWNLOAD_MODES,
  HANDLING_RULES,
  PLEDGE_REQUIREMENT_LABELS,
  PLEDGE_REQUIREMENTS,
  SECRET_REACHES,
  STUDENT_RULES,
} from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { secretsApi } from "./api";

type Level = TSecretSettings["scheme"]["levels"][number];
type Policy = TSecretSettings["leakagePolicy"];

/**
 * The institution's scheme (issue 12 item 1, H1) and leakage thresholds (item 6): level names, handling
 * rules per level, the student rule, the pledge policy. Only the officer saves (asked to confirm, since
 * every decision changes at once); the server validates and writes nothing on bad input.
 */
export function SecretSettingsTab() {
  const { t } = useI18n();
  const can = useCan();
  const qc = useQueryClient();
  const saved = useQuery({ queryKey: ["secrets", "settings"], queryFn: () => secretsApi.settings() });
  const [draft, setDraft] = useState<TSecretSettings | null>(null);
  useEffect(() => {
    if (saved.data) {
      setDraft(structuredClone(saved.data));
    }
  }, [saved.data]);
  const save = useMutation({
    mutationFn: (s: TSecretSettings) => secretsApi.saveSettings(s),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["secrets"] }),
  });
  if (saved.isPending) {
    return <Loading />;
  }
  if (saved.isError) {
    return <ErrorAlert error={saved.error} />;
  }
  if (!draft) {
    return <Loading />;
  }
  const editable = can("secret.manage");
  const setLevel = (i: number, patch: Partial<Level>) =>
    setDraft({
      ...draft,
      scheme: {
        ...draft.scheme,
        levels: draft.scheme.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)),
      },
    });
  const setPolicy = <K extends keyof Policy>(k: K, patch: Partial<Policy[K]>) =>
    setDraft({
      ...draft,
      leakagePolicy: { ...draft.leakagePolicy, [k]: { ...draft.leakagePolicy[k], ...patch } },
    });
  return (
    <Stack>
      {!editable && <Alert color="gray">{t("secrets.settings.readOnly")}</Alert>}
      <Fieldset disabled={!editable} variant="unstyled">
        <Stack>
          <Title order={2} size="h4">
            {t("secrets.settings.levels")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("secrets.settings.levelsHelp")}
          </Text>
          {draft.scheme.levels.map((l, i) => (
            <LevelCard key={l.level} level={l} onChange={(patch) => setLevel(i, patch)} />
          ))}
          <PledgeAndThresholds draft={draft} setDraft={setDraft} setPolicy={setPolicy} />
        </Stack>
      </Fieldset>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {save.isSuccess && <Alert color="green">{t("secrets.settings.saved")}</Alert>}
      {editable && (
        <Group>
          <ConfirmButton
            color="blue"
            title={t("secrets.settings.saveQuestion")}
            loading={save.isPending}
            onConfirm={() => save.mutate(draft)}
          >
            {t("secrets.settings.save")}
          </ConfirmButton>
        </Group>
      )}
    </Stack>
  );
}

function LevelCard({ level: l, onChange }: { level: Level; onChange(patch: Partial<Level>): void }) {
  const { t } = useI18n();
  const options = (prefix: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const handling = options("secrets.settings.rule", HANDLING_RULES);
  const text = (key: MessageKey, value: string, set: (v: string) => void) => (
    <TextInput label={t(key)} value={value} onChange={(e) => set(e.currentTarget.value)} />
  );
  const rule = (key: "copying" | "printing" | "takingOut" | "externalServices") => (
    <NativeSelect
      label={t(`secrets.settings.${key}`)}
      value={l[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value as Level[typeof key] })}
      data={handling}
    />
  );
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {t("secrets.settings.level", { n: l.level })}: {l.name.ja} / {l.name.en}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {text("secrets.settings.nameJa", l.name.ja, (ja) => onChange({ name: { ...l.name, ja } }))}
        {text("secrets.settings.nameEn", l.name.en, (en) => onChange({ name: { ...l.name, en } }))}
        <NativeSelect
          label={t("secrets.settings.reach")}
          value={l.reach}
          onChange={(e) => onChange({ reach: e.currentTarget.value as Level["reach"] })}
          data={options("secrets.settings.reach", SECRET_REACHES)}
        />
        <NativeSelect
          label={t("secrets.settings.download")}
          value={l.download}
          onChange={(e) => onChange({ download: e.currentTarget.value as Level["download"] })}
          data={options("secrets.settings.download", DOWNLOAD_MODES)}
        />
        {rule("copying")}
        {rule("printing")}
        {rule("takingOut")}
        {rule("externalServices")}
        <NativeSelect
          label={t("secrets.settings.student")}
          value={l.student}
          onChange={(e) => onChange({ student: e.currentTarget.value as Level["student"] })}
          data={options("secrets.settings.student", STUDENT_RULES)}
        />
        {text("secrets.settings.storageJa", l.storage.ja, (ja) =>
          onChange({ storage: { ...l.storage, ja } }),
        )}
        {text("secrets.settings.storageEn", l.storage.en, (en) =>
          onChange({ storage: { ...l.storage, en } }),
        )}
        {text("secrets.settings.disposalJa", l.disposal.ja, (ja) =>
          onChange({ disposal: { ...l.disposal, ja } }),
        )}
        {text("secrets.settings.disposalEn", l.disposal.en, (en) =>
          onChange({ disposal: { ...l.disposal, en } }),
        )}
      </SimpleGrid>
    </Paper>
  );
}

function PledgeAndThresholds({
  draft,
  setDraft,
  setPolicy,
}: {
  draft: TSecretSettings;
  setDraft(s: TSecretSettings): void;
  setPolicy<K extends keyof Policy>(k: K, patch: Partial<Policy[K]>): void;
}) {
  const { t, label } = useI18n();
  const p = draft.leakagePolicy;
  const num = (key: MessageKey, value: number, set: (v: number) => void) => (
    <NumberInput label={t(key)} value={value} onChange={(v) => set(Number(v))} allowDecimal={false} />
  );
  return (
    <>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t("secrets.settings.pledge")}
        </Title>
        <NativeSelect
          label={t("secrets.settings.pledgeRequirement")}
          value={draft.scheme.pledgeRequirement}
          onChange={(e) =>
            setDraft({
              ...draft,
              scheme: {
                ...draft.scheme,
                pledgeRequirement: e.currentTarget.value as TSecretSettings["scheme"]["pledgeRequirement"],
              },
            })
          }
          data={PLEDGE_REQUIREMENTS.map((r) => ({ value: r, label: label(PLEDGE_REQUIREMENT_LABELS[r]) }))}
        />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t("secrets.settings.leakage")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {num("secrets.settings.bulkCount", p.bulkDownload.count, (count) =>
            setPolicy("bulkDownload", { count }),
          )}
          {num("secrets.settings.bulkWindow", p.bulkDownload.windowMinutes, (windowMinutes) =>
            setPolicy("bulkDownload", { windowMinutes }),
          )}
          {num("secrets.settings.startHour", p.workingHours.startHour, (startHour) =>
            setPolicy("workingHours", { startHour }),
          )}
          {num("secrets.settings.endHour", p.workingHours.endHour, (endHour) =>
            setPolicy("workingHours", { endHour }),
          )}
          <NativeSelect
            label={t("secrets.settings.minLevel")}
            value={String(p.workingHours.minLevel)}
            onChange={(e) => setPolicy("workingHours", { minLevel: Number(e.currentTarget.value) })}
            data={draft.scheme.levels.map((l) => ({ value: String(l.level), label: label(l.name) }))}
          />
          {num("secrets.settings.beforeEndDays", p.beforeEnd.days, (days) =>
            setPolicy("beforeEnd", { days }),
          )}
          {num("secrets.settings.beforeEndEvents", p.beforeEnd.minEvents, (minEvents) =>
            setPolicy("beforeEnd", { minEvents }),
          )}
          {num("secrets.settings.refusalCount", p.repeatedRefusals.count, (count) =>
            setPolicy("repeatedRefusals", { count }),
          )}
          {num("secrets.settings.refusalWindow", p.repeatedRefusals.windowMinutes, (windowMinutes) =>
            setPolicy("repeatedRefusals", { windowMinutes }),
          )}
        </SimpleGrid>
        <Checkbox
          mt="sm"
          label={t("secrets.settings.weekdaysOnly")}
          checked={p.workingHours.weekdaysOnly}
          onChange={(e) => setPolicy("workingHours", { weekdaysOnly: e.currentTarget.checked })}
        />
      </Paper>
    </>
  );
}
