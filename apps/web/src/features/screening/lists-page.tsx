import { Anchor, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ListKindCell } from "../ec-records/list-kind-cell";
import { ListImportForm } from "./list-import-form";
import { ListSourcesCard } from "./list-sources-card";
import { useLists } from "./queries";

/** 照合リストの管理: each list with its version in force; import of a new version. */
export function ListsPage() {
  const { t, dateTime, paren } = useI18n();
  const can = useCan();
  const lists = useLists();
  const items = lists.data?.items ?? [];
  return (
    <Stack maw={1100}>
      <PageTitle title={t("screening.lists.title")} description={t("screening.lists.help")} />
      {lists.isPending && <Loading />}
      {lists.isError && <ErrorAlert error={lists.error} />}
      {lists.data && items.length === 0 && <Text c="dimmed">{t("screening.lists.empty")}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table striped data-testid="screening-lists">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("screening.lists.name")}</Table.Th>
                <Table.Th>{t("screening.lists.format")}</Table.Th>
                <Table.Th>{t("ecr.kind.label")}</Table.Th>
                <Table.Th>{t("screening.lists.version")}</Table.Th>
                <Table.Th ta="right">{t("screening.lists.entries")}</Table.Th>
                <Table.Th ta="right">{t("screening.lists.versions")}</Table.Th>
                <Table.Th>{t("screening.lists.importedAt")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/screening/lists/${l.id}`}>
                      {l.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`screening.format.${l.format}`)}</Table.Td>
                  <Table.Td>
                    <ListKindCell list={l} canManage={can("list.manage")} />
                  </Table.Td>
                  <Table.Td>
                    {l.latest
                      ? `${t("screening.versions.seq")} ${l.latest.seq}${paren(l.latest.versionLabel)}`
                      : "—"}
                  </Table.Td>
                  <Table.Td ta="right">{l.latest?.entryCount ?? 0}</Table.Td>
                  <Table.Td ta="right">{l.versionCount}</Table.Td>
                  <Table.Td>{dateTime(l.latest?.importedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {can("list.manage") && <ListImportForm existingNames={items.map((l) => l.name)} />}
      <ListSourcesCard canManage={can("list.manage")} />
    </Stack>
  );
}
