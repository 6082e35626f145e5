import { Anchor, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text } from "@mantine/core";
import type { TModelText } from "@renkei/contract";
import {
  MODEL_TEXT_KIND_LABELS,
  MODEL_TEXT_SCOPE_LABELS,
  type ModelTextKind,
  type ModelTextScope,
} from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { IpErrorAlert } from "./ip-kit";
import { useIpMutation } from "./queries";

const keyOf = (x: TModelText) => `${x.kind}/${x.scope}`;

/** 契約ひな形: the institution's model texts by kind and scope, their versions, comparison and download (E5, E14). */
export function ModelTextsPage() {
  const { t, label } = useI18n();
  const can = useCan();
  const texts = useQuery({ queryKey: ["ip", "model-texts"], queryFn: ipApi.modelTexts });
  const install = useIpMutation(() => ipApi.installDefaults());
  const [selected, setSelected] = useState<string | null>(null);
  if (texts.isPending) {
    return <Loading />;
  }
  if (texts.isError) {
    return <ErrorAlert error={texts.error} />;
  }
  const groups = new Map<string, TModelText[]>();
  for (const x of texts.data.items) {
    groups.set(keyOf(x), [...(groups.get(keyOf(x)) ?? []), x]);
  }
  const current = selected ? (groups.get(selected) ?? []) : [];
  return (
    <Stack>
      <PageTitle
        title={t("ip.texts.title")}
        description={t("ip.texts.help")}
        actions={
          can("ip.library") && (
            <Button variant="light" loading={install.isPending} onClick={() => install.mutate(undefined)}>
              {t("ip.texts.install")}
            </Button>
          )
        }
      />
      {install.error && <IpErrorAlert error={install.error} />}
      {groups.size === 0 ? (
        <Text c="dimmed">{t("ip.empty")}</Text>
      ) : (
        <Table striped aria-label={t("ip.texts.title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("ip.texts.kind")}</Table.Th>
              <Table.Th>{t("ip.texts.scope")}</Table.Th>
              <Table.Th>{t("ip.texts.latest")}</Table.Th>
              <Table.Th>{t("ip.texts.effective")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...groups].map(([k, versions]) => {
              const v = versions[0]!;
              return (
                <Table.Tr key={k}>
                  <Table.Td>
                    <Anchor component="button" onClick={() => setSelected(k)}>
                      {label(MODEL_TEXT_KIND_LABELS[v.kind as ModelTextKind])}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{label(MODEL_TEXT_SCOPE_LABELS[v.scope as ModelTextScope])}</Table.Td>
                  <Table.Td>{t("ip.texts.version", { n: v.version })}</Table.Td>
                  <Table.Td>{v.effectiveOn}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {current.length > 0 && <TextVersions versions={current} />}
    </Stack>
  );
}

function TextVersions({ versions }: { versions: TModelText[] }) {
  const { t, locale } = useI18n();
  const [shown, setShown] = useState(versions[0]!.id);
  const [from, setFrom] = useState(versions[1]?.id ?? "");
  const text = versions.find((v) => v.id === shown) ?? versions[0]!;
  const diff = useQuery({
    queryKey: ["ip", "model-texts", "diff", from, text.id],
    queryFn: () => ipApi.compareTexts(from, text.id),
    enabled: from !== "" && from !== text.id,
  });
  const options = versions.map((v) => ({ value: v.id, label: t("ip.texts.version", { n: v.version }) }));
  const lang = locale === "en" ? "en" : "ja";
  return (
    <Paper withBorder p="md" component="section" aria-label={locale === "en" ? text.titleEn : text.titleJa}>
      <Stack gap="sm">
        <Group>
          <NativeSelect
            label={t("ip.texts.shown")}
            data={options}
            value={text.id}
            onChange={(e) => setShown(e.currentTarget.value)}
          />
          <NativeSelect
            label={t("ip.texts.compareWith")}
            data={[{ value: "", label: "—" }, ...options.filter((o) => o.value !== text.id)]}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
          />
          <Anchor href={`/api/v1/ip/model-texts/${text.id}/download?lang=ja`}>
            {t("ip.texts.downloadJa")}
          </Anchor>
          <Anchor href={`/api/v1/ip/model-texts/${text.id}/download?lang=en`}>
            {t("ip.texts.downloadEn")}
          </Anchor>
        </Group>
        {text.changeNote && <Text size="sm">{text.changeNote}</Text>}
        {diff.data ? (
          <Stack gap={0} aria-label={t("ip.texts.diff")}>
            {diff.data[lang].map((l, i) => (
              <Text
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of a comparison have no identity but their place.
                key={i}
                size="sm"
                c={l.op === "added" ? "green" : l.op === "removed" ? "red" : undefined}
                td={l.op === "removed" ? "line-through" : undefined}
              >
                {l.op === "added" && (
                  <Badge size="xs" mr={4}>
                    {t("ip.texts.added")}
                  </Badge>
                )}
                {l.op === "removed" && (
                  <Badge size="xs" color="red" mr={4}>
                    {t("ip.texts.removed")}
                  </Badge>
                )}
                {l.text}
              </Text>
            ))}
          </Stack>
        ) : (
          <Code block>
            {lang === "en" ? `${text.titleEn}\n\n${text.bodyEn}` : `${text.titleJa}\n\n${text.bodyJa}`}
          </Code>
        )}
      </Stack>
    </Paper>
  );
}
