import { Button, Stack, Tabs, Text } from "@mantine/core";
import type { TSeedNeedEntry } from "@renkei/contract";
import { REGISTER_KIND_LABELS } from "@renkei/domain";
import { useMemo, useState } from "react";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useRegister } from "./queries";
import { RegisterEntryForm } from "./register-entry-form";
import { RegisterMatches } from "./register-matches";
import { RegisterReactions } from "./register-reactions";

/**
 * シーズ・ニーズ登録簿 (issue 17 item 1; seed 001 事例17, 18, 20): seeds and needs, their matches, and
 * reactions at talks and exhibitions — one page with a tab each.
 */
export function RegisterPage() {
  const { t } = useI18n();
  const can = useCan();
  const reg = useRegister();
  const [tab, setTab] = useState<string | null>("entries");
  const [editing, setEditing] = useState<TSeedNeedEntry | "new" | null>(null);
  return (
    <Stack>
      <PageTitle
        title={t("crm.reg.title")}
        description={t("crm.reg.help")}
        actions={
          can("crm.register_write") && <Button onClick={() => setEditing("new")}>{t("crm.reg.add")}</Button>
        }
      />
      {reg.isPending ? (
        <Loading />
      ) : reg.isError ? (
        <ErrorAlert error={reg.error} />
      ) : (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="entries">{t("crm.reg.entries")}</Tabs.Tab>
            <Tabs.Tab value="matches">{t("crm.reg.matches")}</Tabs.Tab>
            <Tabs.Tab value="reactions">{t("crm.reg.reactions")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="entries" pt="md">
            <EntryTable entries={reg.data.entries} onEdit={setEditing} />
          </Tabs.Panel>
          <Tabs.Panel value="matches" pt="md">
            {tab === "matches" && <RegisterMatches register={reg.data} />}
          </Tabs.Panel>
          <Tabs.Panel value="reactions" pt="md">
            {tab === "reactions" && <RegisterReactions register={reg.data} />}
          </Tabs.Panel>
        </Tabs>
      )}
      {editing && (
        <RegisterEntryForm entry={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function EntryTable({ entries, onEdit }: { entries: TSeedNeedEntry[]; onEdit(e: TSeedNeedEntry): void }) {
  const { t, label, date, listSep } = useI18n();
  const columns = useMemo<DataColumn<TSeedNeedEntry>[]>(
    () => [
      {
        key: "kind",
        header: t("crm.reg.kind"),
        value: (e) => label(REGISTER_KIND_LABELS[e.kind]),
        filter: true,
        width: 120,
      },
      {
        key: "title",
        header: t("crm.reg.entryTitle"),
        value: (e) => e.title,
        render: (e) => (
          <div>
            <Text size="sm" fw={600}>
              {e.title}
            </Text>
            {e.summary && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {e.summary}
              </Text>
            )}
          </div>
        ),
      },
      { key: "keywords", header: t("crm.reg.keywordsShown"), value: (e) => e.keywords.join(listSep) },
      {
        key: "holder",
        header: t("crm.reg.holder"),
        value: (e) => e.partner?.label ?? e.owner?.label ?? "",
      },
      {
        key: "state",
        header: t("crm.reg.state"),
        value: (e) => (e.closed ? t("crm.reg.closed") : t("crm.reg.active")),
        filter: true,
        width: 100,
      },
      { key: "createdAt", header: t("crm.reg.createdAt"), value: (e) => date(e.createdAt), width: 110 },
      {
        key: "edit",
        header: "",
        value: () => "",
        render: (e) =>
          e.editable && (
            <Button size="compact-xs" variant="subtle" onClick={() => onEdit(e)}>
              {t("common.edit")}
            </Button>
          ),
      },
    ],
    [t, label, date, onEdit, listSep],
  );
  return (
    <DataTable
      rows={entries}
      columns={columns}
      rowKey={(e) => e.id}
      fileName="seeds-needs"
      testId="entries"
    />
  );
}
