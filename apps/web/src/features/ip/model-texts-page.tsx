import { Anchor, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import type { TModelText } from "@renkei/contract";
import {
  MODEL_TEXT_KIND_LABELS,
  MODEL_TEXT_SCOPE_LABELS,
  type ModelTextKind,
  type ModelTextScope,
} from "@renkei/domain";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { IpErrorAlert } from "./ip-kit";
import { ModelTextForm } from "./model-text-form";
import { useIpMutation } from "./queries";

const keyOf = (x: TModelText) => `${x.kind}/${x.scope}`;

/** 契約ひな形: the institution's model texts by kind and scope, their versions, comparison and download (E5, E14). */
export function ModelTextsPage() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const [editing, setEditing] = useState<TModelText | "new" | null>(null);
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
            <Group>
              <Button variant="light" loading={install.isPending} onClick={() => install.mutate(undefined)}>
                {t("ip.texts.install")}
              </Button>
              <Button onClick={() => setEditing("new")}>{t("ip.texts.newText")}</Button>
            </Group>
          )
        }
      />
      {install.error && <IpErrorAlert error={install.error} />}
      {groups.size === 0 ? (
        <Text c="dimmed">{t("ip.empty")}</Text>
      ) : (
        <DataTable<TModelText[]>
          rows={[...groups.values()]}
          rowKey={(vs) => keyOf(vs[0]!)}
          fileName="model-texts"
          testId="model-texts"
          columns={[
            {
              key: "kind",
              header: t("ip.texts.kind"),
              value: (vs) => label(MODEL_TEXT_KIND_LABELS[vs[0]!.kind as ModelTextKind]),
              render: (vs) => (
                <Anchor component="button" onClick={() => setSelected(keyOf(vs[0]!))}>
                  {label(MODEL_TEXT_KIND_LABELS[vs[0]!.kind as ModelTextKind])}
                </Anchor>
              ),
            },
            {
              key: "scope",
              header: t("ip.texts.scope"),
              value: (vs) => label(MODEL_TEXT_SCOPE_LABELS[vs[0]!.scope as ModelTextScope]),
            },
            {
              key: "latest",
              header: t("ip.texts.latest"),
              value: (vs) => t("ip.texts.version", { n: vs[0]!.version }),
              sortValue: (vs) => vs[0]!.version,
            },
            {
              key: "effective",
              header: t("ip.texts.effective"),
              value: (vs) => date(vs[0]!.effectiveOn),
              sortValue: (vs) => vs[0]!.effectiveOn,
            },
          ]}
        />
      )}
      {editing !== null && (
        <ModelTextForm
          key={editing === "new" ? "new" : editing.id}
          base={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {current.length > 0 && editing === null && (
        <TextVersions
          key={selected}
          versions={current}
          onRevise={can("ip.library") ? (x) => setEditing(x) : undefined}
        />
      )}
    </Stack>
  );
}

function TextVersions({
  versions,
  onRevise,
}: {
  versions: TModelText[];
  onRevise?: (base: TModelText) => void;
}) {
  const { t, locale, date } = useI18n();
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
          {onRevise && (
            <Button variant="light" onClick={() => onRevise(versions[0]!)}>
              {t("ip.texts.newVersion")}
            </Button>
          )}
        </Group>
        <DataTable<TModelText>
          rows={versions}
          rowKey={(x) => x.id}
          fileName="model-text-versions"
          testId="model-text-versions"
          columns={[
            {
              key: "version",
              header: t("ip.texts.shown"),
              value: (x) => t("ip.texts.version", { n: x.version }),
              sortValue: (x) => x.version,
              render: (x) => (
                <Anchor component="button" onClick={() => setShown(x.id)}>
                  {t("ip.texts.version", { n: x.version })}
                </Anchor>
              ),
            },
            {
              key: "effective",
              header: t("ip.texts.effective"),
              value: (x) => date(x.effectiveOn),
              sortValue: (x) => x.effectiveOn,
            },
            {
              key: "note",
              header: t("ip.texts.changeNote"),
              value: (x) => x.changeNote || (x.version === 1 ? t("ip.texts.firstVersion") : ""),
            },
            { key: "by", header: t("ip.texts.by"), value: (x) => x.createdByName ?? "" },
          ]}
        />
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
