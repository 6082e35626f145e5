import { Anchor, Button, Stack, Table, Tabs, Text } from "@mantine/core";
import type { TDeskQuestionSummary } from "@renkei/contract";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { DESK_STATUS_COLOR } from "./labels";
import { useDeskList } from "./queries";

function QuestionTable({ items }: { items: TDeskQuestionSummary[] }) {
  const { t, dateTime } = useI18n();
  if (items.length === 0) {
    return <Text c="dimmed">{t("desk.empty")}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("desk.subject")}</Table.Th>
            <Table.Th>{t("desk.topic")}</Table.Th>
            <Table.Th>{t("desk.asker")}</Table.Th>
            <Table.Th>{t("desk.about")}</Table.Th>
            <Table.Th>{t("desk.status")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((q) => (
            <Table.Tr key={q.id}>
              <Table.Td>
                <Anchor component={Link} to={`/desk/${q.id}`} fw={600}>
                  {q.subject}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {q.ref} · {dateTime(q.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`desk.topic.${q.topic}` as MessageKey)}</Table.Td>
              <Table.Td>{q.asker?.displayName ?? "—"}</Table.Td>
              <Table.Td>
                {q.about ? `${t(`desk.about.${q.about.kind}` as MessageKey)}: ${q.about.label}` : "—"}
              </Table.Td>
              <Table.Td>
                <StatusBadge prefix="desk.status" status={q.status} color={DESK_STATUS_COLOR[q.status]} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Box({ box }: { box: "mine" | "inbox" }) {
  const list = useDeskList(box);
  if (list.isPending) {
    return <Loading />;
  }
  if (list.isError) {
    return <ErrorAlert error={list.error} />;
  }
  return <QuestionTable items={list.data.items} />;
}

/** 相談窓口: my questions, and the office's inbox for the roles that answer (auditors read it too). */
export function DeskListPage() {
  const { t } = useI18n();
  const can = useCan();
  const user = useCurrentUser();
  const hasInbox = can("desk.answer") || user.role === "auditor";
  const [tab, setTab] = useState<string | null>(hasInbox ? "inbox" : "mine");
  return (
    <Stack>
      <PageTitle
        title={t("desk.title")}
        description={t("desk.help")}
        actions={
          can("desk.ask") && (
            <Button component={Link} to="/desk/new">
              {t("desk.ask")}
            </Button>
          )
        }
      />
      {hasInbox ? (
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="inbox">{t("desk.inbox")}</Tabs.Tab>
            {can("desk.ask") && <Tabs.Tab value="mine">{t("desk.mine")}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="inbox" pt="md">
            {tab === "inbox" && <Box box="inbox" />}
          </Tabs.Panel>
          <Tabs.Panel value="mine" pt="md">
            {tab === "mine" && <Box box="mine" />}
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Box box="mine" />
      )}
    </Stack>
  );
}
