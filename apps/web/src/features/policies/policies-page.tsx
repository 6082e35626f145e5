import { Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { POLICY_KINDS, type PolicyKind } from "@renkei/domain";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { policiesApi, usePolicies, usePolicyMutation } from "./api";

function AddVersion() {
  const { t } = useI18n();
  const [kind, setKind] = useState<PolicyKind>("international_collaboration");
  const [v, setV] = useState({ titleJa: "", titleEn: "", effectiveFrom: "", body: "", changeNote: "" });
  const add = usePolicyMutation(() => policiesApi.add(kind, v));
  const field = (key: keyof typeof v) => ({
    value: v[key],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [key]: e.currentTarget.value }),
  });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t("policies.add")}
        </Title>
        <Select
          allowDeselect={false}
          value={kind}
          onChange={(k) => k && setKind(k as PolicyKind)}
          data={POLICY_KINDS.map((k) => ({ value: k, label: t(`policies.kind.${k}` as MessageKey) }))}
        />
        <Group grow>
          <TextInput label={t("policies.titleJa")} required {...field("titleJa")} />
          <TextInput label={t("policies.titleEn")} required {...field("titleEn")} />
          <TextInput type="date" label={t("policies.effectiveFrom")} required {...field("effectiveFrom")} />
        </Group>
        <Textarea label={t("policies.changeNote")} autosize {...field("changeNote")} />
        <Textarea label={t("policies.body")} autosize minRows={4} {...field("body")} />
        {add.error && <ErrorAlert error={add.error} />}
        <Group justify="flex-end">
          <ConfirmButton
            color="indigo"
            title={t("policies.saveConfirm")}
            loading={add.isPending}
            onConfirm={() =>
              add.mutate(undefined, {
                onSuccess: () =>
                  setV({ titleJa: "", titleEn: "", effectiveFrom: "", body: "", changeNote: "" }),
              })
            }
          >
            {t("policies.save")}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  );
}

/** 規程: each policy's versions with their effective dates (newest first). */
export function PoliciesPage() {
  const { t, locale, date } = useI18n();
  const can = useCan();
  const list = usePolicies();
  return (
    <Stack>
      <PageTitle title={t("policies.title")} description={t("policies.help")} />
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data &&
        POLICY_KINDS.map((kind) => {
          const versions = list.data.items.filter((v) => v.kind === kind).reverse();
          return (
            <Paper key={kind} withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                {t(`policies.kind.${kind}` as MessageKey)}
              </Title>
              {versions.length === 0 && <Text c="dimmed">{t("policies.none")}</Text>}
              {versions.map((v) => (
                <Stack key={v.id} id={`policy-${v.id}`} gap={2} mb="sm">
                  <Text fw={600}>
                    {locale === "ja" ? v.titleJa : v.titleEn} {t("policies.version", { n: v.versionNo })} —{" "}
                    {t("policies.effective", { date: date(v.effectiveFrom) })}
                  </Text>
                  {v.changeNote && <Text size="sm">{v.changeNote}</Text>}
                  {v.body && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }} lineClamp={6}>
                      {v.body}
                    </Text>
                  )}
                </Stack>
              ))}
            </Paper>
          );
        })}
      {can("policy.manage") && <AddVersion />}
    </Stack>
  );
}
