import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Pagination,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useChanges, useVersions } from "./queries";

const CHANGE_COLORS = { added: "green", changed: "yellow", removed: "red" } as const;

function DiffView({ versionId, seq }: { versionId: string; seq: number }) {
  const { t } = useI18n();
  const [change, setChange] = useState<string>("all");
  const [page, setPage] = useState(1);
  const changes = useChanges(versionId, change === "all" ? null : change, page);
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t("screening.diff.title", { seq })}
      </Title>
      <SegmentedControl
        value={change}
        onChange={(v) => {
          setChange(v);
          setPage(1);
        }}
        data={(["all", "added", "changed", "removed"] as const).map((c) => ({
          value: c,
          label: t(`screening.diff.${c}`),
        }))}
        mb="md"
      />
      {changes.isError && <ErrorAlert error={changes.error} />}
      {changes.data && changes.data.items.length === 0 && <Text c="dimmed">{t("screening.diff.empty")}</Text>}
      {changes.data && changes.data.items.length > 0 && (
        <Table fz="sm" data-testid="list-diff">
          <Table.Tbody>
            {changes.data.items.map((c) => (
              <Table.Tr key={`${c.change}-${c.entryKey}`}>
                <Table.Td w={90}>
                  <Badge color={CHANGE_COLORS[c.change]} variant="light">
                    {t(`screening.diff.${c.change}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>
                  <Code>{c.sourceId}</Code>
                </Table.Td>
                <Table.Td>
                  {c.fields.length > 0 && `${t("screening.diff.fields")}: ${c.fields.join(", ")}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {changes.data && changes.data.total > changes.data.pageSize && (
        <Pagination
          mt="md"
          total={Math.ceil(changes.data.total / changes.data.pageSize)}
          value={page}
          onChange={setPage}
          aria-label={t("common.pagination")}
        />
      )}
    </Paper>
  );
}

/** One list: every imported version (hash, counts, re-screen result) and the diff of a chosen version. */
export function ListDetailPage() {
  const { t, date, dateTime } = useI18n();
  const { id = "" } = useParams();
  const data = useVersions(id);
  const [selected, setSelected] = useState<string | null>(null);
  if (data.isPending) {
    return <Loading />;
  }
  if (data.isError) {
    return <ErrorAlert error={data.error} />;
  }
  const { list, versions } = data.data;
  const shown = versions.find((v) => v.id === selected) ?? versions[0];
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/screening/lists" size="sm">
        ← {t("screening.lists.title")}
      </Anchor>
      <PageTitle title={list.name} description={`${list.format}${list.source ? ` · ${list.source}` : ""}`} />
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t("screening.versions.title")}
        </Title>
        <Table.ScrollContainer minWidth={900}>
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("screening.versions.seq")}</Table.Th>
                <Table.Th>{t("screening.versions.label")}</Table.Th>
                <Table.Th>{t("screening.versions.effectiveOn")}</Table.Th>
                <Table.Th ta="right">{t("screening.lists.entries")}</Table.Th>
                <Table.Th>{t("screening.versions.counts")}</Table.Th>
                <Table.Th>{t("screening.versions.rescreen")}</Table.Th>
                <Table.Th>{t("screening.versions.importedBy")}</Table.Th>
                <Table.Th>{t("screening.versions.hash")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id} bg={v.id === shown?.id ? "indigo.0" : undefined}>
                  <Table.Td>{v.seq}</Table.Td>
                  <Table.Td>
                    {v.versionLabel}
                    {v.publishedOn && v.publishedOn !== v.versionLabel && ` (${date(v.publishedOn)})`}
                  </Table.Td>
                  <Table.Td>{date(v.effectiveOn) || "—"}</Table.Td>
                  <Table.Td ta="right">{v.entryCount}</Table.Td>
                  <Table.Td>
                    +{v.addedCount} / ~{v.changedCount} / −{v.removedCount}
                  </Table.Td>
                  <Table.Td>{v.rescreen ? `${v.rescreen.subjects} / ${v.rescreen.newHits}` : "—"}</Table.Td>
                  <Table.Td>
                    {v.importedByLabel}
                    <Text size="xs" c="dimmed">
                      {dateTime(v.importedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code title={v.fileSha256}>{v.fileSha256.slice(0, 12)}…</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group>
                      <Button size="xs" variant="subtle" onClick={() => setSelected(v.id)}>
                        {t("screening.versions.showDiff")}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {shown && <DiffView key={shown.id} versionId={shown.id} seq={shown.seq} />}
    </Stack>
  );
}
