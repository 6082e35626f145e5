import { Anchor, Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import type { TPerson } from "@renkei/contract";
import { Link, useSearchParams } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { usePeople } from "./queries";

const current = (p: TPerson) => p.affiliations.filter((a) => a.endedOn === null);

export function PeopleListPage() {
  const { t, country, listSep, paren } = useI18n();
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
        <DataTable
          rows={people.data.items}
          rowKey={(p) => p.id}
          fileName="people"
          testId="people-list"
          columns={[
            {
              key: "name",
              header: t("person.name"),
              value: (p) => p.name,
              render: (p) => (
                <>
                  <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                    {p.name}
                  </Anchor>
                  {(p.nameEn || p.nameKana) && (
                    <Text size="xs" c="dimmed">
                      {[p.nameKana, p.nameEn].filter(Boolean).join(" / ")}
                    </Text>
                  )}
                </>
              ),
            },
            { key: "nameEn", header: t("person.nameEn"), value: (p) => p.nameEn },
            {
              key: "affiliation",
              header: t("person.currentAffiliation"),
              value: (p) =>
                current(p)
                  .map((a) => `${a.partnerName}${a.role ? `${paren(a.role)}` : ""}`)
                  .join(listSep),
              render: (p) => (
                <Group gap={4}>
                  {current(p).map((a) => (
                    <Anchor key={a.id} component={Link} to={`/partners/${a.partnerId}`} size="sm">
                      {a.partnerName}
                      {a.role ? `${paren(a.role)}` : ""}
                    </Anchor>
                  ))}
                </Group>
              ),
            },
            {
              key: "nationality",
              header: t("person.nationality"),
              value: (p) => (p.nationality ? country(p.nationality) : ""),
              filter: true,
            },
            // Withheld by the server where the reader may not know it (need to know, issue 11 item 8).
            { key: "email", header: t("person.email"), value: (p) => p.email },
          ]}
        />
      )}
    </Stack>
  );
}
