import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import type { TTechList } from "@renkei/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { ConfirmedSave, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";

type Item = TTechList["items"][number];

/**
 * The institution's important-technology list (seed 004 §4(4), G11; issue 17 item 6) in versions: a
 * new version starts from the newest one; projects stay tagged against the version they were checked with.
 */
export function TechListSection() {
  const { t, date, locale, listSep } = useI18n();
  const can = useCan();
  const lists = useQuery({ queryKey: ["ip", "tech-lists"], queryFn: ipApi.techLists });
  const [draft, setDraft] = useState<Item[] | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(todayIso());
  const [changeNote, setChangeNote] = useState("");
  const add = useIpMutation((body: unknown) => ipApi.addTechList(body));
  if (lists.isError) {
    return <ErrorAlert error={lists.error} />;
  }
  const items = lists.data?.items ?? [];
  const latest = items[0];
  const set = (i: number, patch: Partial<Item>) =>
    setDraft((draft ?? []).map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <IpSection title={t("ip.settings.tech")}>
      {latest ? (
        <Text size="sm">
          {t("ip.np.tech.version", { n: latest.version })}:{" "}
          {latest.items.map((i) => (locale === "en" ? i.labelEn : i.labelJa)).join(listSep)}
        </Text>
      ) : (
        <Text c="dimmed">{t("ip.np.tech.noList")}</Text>
      )}
      {items.length > 0 && (
        <DataTable<TTechList>
          rows={items}
          rowKey={(x) => x.id}
          fileName="important-technology-lists"
          testId="tech-lists"
          columns={[
            {
              key: "version",
              header: t("ip.texts.latest"),
              value: (x) => t("ip.texts.version", { n: x.version }),
            },
            {
              key: "effective",
              header: t("ip.texts.effective"),
              value: (x) => date(x.effectiveOn),
              sortValue: (x) => x.effectiveOn,
            },
            { key: "count", header: t("ip.settings.techCount"), value: (x) => x.items.length },
            { key: "note", header: t("ip.texts.changeNote"), value: (x) => x.changeNote },
          ]}
        />
      )}
      {can("ip.configure") && draft === null && (
        <Button variant="light" w="fit-content" onClick={() => setDraft(latest ? [...latest.items] : [])}>
          {t("ip.settings.techNew")}
        </Button>
      )}
      {draft !== null && (
        <Stack gap="xs" data-testid="tech-draft">
          {draft.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity yet.
            <Group key={i} align="flex-end" wrap="nowrap">
              <TextInput
                label={t("ip.settings.techCode")}
                description={i === 0 ? t("ip.settings.techCodeHelp") : undefined}
                w={160}
                value={x.code}
                onChange={(e) => set(i, { code: e.currentTarget.value })}
              />
              <TextInput
                label={t("ip.settings.exceptionJa")}
                flex={1}
                value={x.labelJa}
                onChange={(e) => set(i, { labelJa: e.currentTarget.value })}
              />
              <TextInput
                label={t("ip.settings.exceptionEn")}
                flex={1}
                value={x.labelEn}
                onChange={(e) => set(i, { labelEn: e.currentTarget.value })}
              />
              <Button variant="subtle" color="red" onClick={() => setDraft(draft.filter((_, j) => j !== i))}>
                {t("ip.settings.remove")}
              </Button>
            </Group>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            onClick={() => setDraft([...draft, { code: "", labelJa: "", labelEn: "" }])}
          >
            {t("ip.settings.techAdd")}
          </Button>
          <Group align="flex-end">
            <TextInput
              type="date"
              label={t("ip.texts.effective")}
              value={effectiveOn}
              onChange={(e) => setEffectiveOn(e.currentTarget.value)}
            />
            <TextInput
              label={t("ip.texts.changeNote")}
              flex={1}
              value={changeNote}
              onChange={(e) => setChangeNote(e.currentTarget.value)}
            />
          </Group>
          <ConfirmedSave
            label={t("ip.settings.techSave")}
            confirm={t("ip.settings.confirm")}
            pending={add.isPending}
            error={add.error}
            onSave={() =>
              add.mutate(
                { items: draft, effectiveOn, changeNote },
                {
                  onSuccess: () => {
                    setDraft(null);
                    setChangeNote("");
                  },
                },
              )
            }
            onCancel={() => setDraft(null)}
          />
        </Stack>
      )}
    </IpSection>
  );
}
