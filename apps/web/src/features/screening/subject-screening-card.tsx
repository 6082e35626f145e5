import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import type { SubjectKind } from "./api";
import { HitCard } from "./hit-card";
import { useScreenNow, useSubjectScreening } from "./queries";
import { SubjectStatusBadge } from "./status-badge";

type Trigger = "created" | "updated" | "on_demand" | "list_import" | "periodic" | "adhoc";

/** The screening section of a partner or person page: status badge, review items, history. */
export function SubjectScreeningCard({ kind, id }: { kind: SubjectKind; id: string }) {
  const { t, dateTime, listSep, paren } = useI18n();
  const can = useCan();
  const data = useSubjectScreening(kind, id, can("screening.read"));
  const screen = useScreenNow(kind, id);
  if (!can("screening.read")) {
    return null;
  }
  const s = data.data;
  return (
    <Paper withBorder p="lg" aria-labelledby="screening-card-title">
      <Group justify="space-between" mb="md">
        <Group gap="sm">
          <Title order={2} size="h4" id="screening-card-title">
            {t("screening.subject.title")}
          </Title>
          {s && <SubjectStatusBadge status={s.status} />}
        </Group>
        {can("screening.search") && (
          <Button size="xs" variant="light" onClick={() => screen.mutate()} loading={screen.isPending}>
            {t("screening.subject.screenNow")}
          </Button>
        )}
      </Group>
      <Stack>
        {data.isError && <ErrorAlert error={data.error} />}
        {screen.isError && <ErrorAlert error={screen.error} />}
        {screen.isSuccess && (
          <Text size="sm" c="green" role="status">
            {t("screening.subject.screened", { n: screen.data.hitCount })}
          </Text>
        )}
        {s && (
          <>
            <Title order={3} size="h5">
              {t("screening.subject.hits")}
            </Title>
            {s.hits.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("screening.subject.noHits")}
              </Text>
            ) : (
              s.hits.map((h) => <HitCard key={h.id} hit={h} canDecide={can("screening.review")} />)
            )}
            {s.hits.some((h) => h.status === "pending") && (
              <Anchor component={Link} to="/screening/queue" size="sm">
                {t("screening.subject.openQueue")}
              </Anchor>
            )}
            <Title order={3} size="h5">
              {t("screening.subject.history")}
            </Title>
            {s.runs.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("screening.subject.noHistory")}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table fz="sm" data-testid="screening-history">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("screening.subject.performedAt")}</Table.Th>
                      <Table.Th>{t("screening.subject.trigger")}</Table.Th>
                      <Table.Th>{t("screening.subject.outcome")}</Table.Th>
                      <Table.Th>{t("screening.subject.lists")}</Table.Th>
                      <Table.Th>{t("screening.subject.engine")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.runs.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>{dateTime(r.performedAt)}</Table.Td>
                        <Table.Td>{t(`screening.trigger.${r.trigger as Trigger}`)}</Table.Td>
                        <Table.Td>
                          {t(`screening.outcome.${r.outcome}`)}
                          {r.hitCount > 0 && ` (${r.hitCount})`}
                          {r.suppressedCount > 0 && (
                            <Text size="xs" c="dimmed">
                              {t("screening.subject.suppressed", { n: r.suppressedCount })}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {Object.entries(r.listVersions)
                            .map(([l, v]) => `${l}${paren(v.label)}`)
                            .join(listSep)}
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs">
                            {r.engineVersion} / {r.configVersion}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
