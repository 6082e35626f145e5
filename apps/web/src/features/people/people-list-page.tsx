import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { Link, useSearchParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { usePeople } from "./queries";

export function PeopleListPage() {
  const { t, country } = useI18n();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const search = params.get("q") ?? "";
  const [q] = useDebouncedValue(search, 300);
  const people = usePeople(q.trim());

  return (
    <Stack>
      <PageTitle
        title={t("people.title")}
        actions={
          can("partner.write") && (
            <Button component={Link} to="/people/new">
              {t("people.new")}
            </Button>
          )
        }
      />
      <Paper withBorder p="md">
        <TextInput
          label={t("people.search")}
          value={search}
          onChange={(e) =>
            setParams(e.currentTarget.value ? { q: e.currentTarget.value } : {}, { replace: true })
          }
        />
      </Paper>
      {people.isError && <ErrorAlert error={people.error} />}
      {people.isPending && <Loading />}
      {people.data && (
        <Paper withBorder>
          {people.data.items.length === 0 ? (
            <Text p="md" c="dimmed">
              {t("people.empty")}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("person.name")}</Table.Th>
                    <Table.Th>{t("person.currentAffiliation")}</Table.Th>
                    <Table.Th>{t("person.nationality")}</Table.Th>
                    <Table.Th>{t("person.email")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.data.items.map((p) => {
                    const current = p.affiliations.filter((a) => a.endedOn === null);
                    return (
                      <Table.Tr key={p.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                            {p.name}
                          </Anchor>
                          {(p.nameEn || p.nameKana) && (
                            <Text size="xs" c="dimmed">
                              {[p.nameKana, p.nameEn].filter(Boolean).join(" / ")}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4}>
                            {current.map((a) => (
                              <Anchor key={a.id} component={Link} to={`/partners/${a.partnerId}`} size="sm">
                                {a.partnerName}
                                {a.role ? `（${a.role}）` : ""}
                              </Anchor>
                            ))}
                          </Group>
                        </Table.Td>
                        <Table.Td>{p.nationality ? country(p.nationality) : "—"}</Table.Td>
                        <Table.Td>{p.email ?? "—"}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      )}
    </Stack>
  );
}
