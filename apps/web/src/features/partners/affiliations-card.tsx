import { Anchor, Badge, Paper, Table, Text, Title } from "@mantine/core";
import type { TPartnerDetail } from "@renkei/contract";
import { Link } from "react-router-dom";
import { useI18n } from "../../lib/i18n";

type Affiliation = TPartnerDetail["affiliations"][number];

/** People at the partner: current first, then former (an ended affiliation has `endedOn`). */
export function AffiliationsCard({ affiliations }: { affiliations: Affiliation[] }) {
  const { t, date, rangeSep } = useI18n();
  const sorted = [...affiliations].sort((a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null));
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t("partner.affiliations")}
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("common.none")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("person.name")}</Table.Th>
                <Table.Th>{t("partner.role")}</Table.Th>
                <Table.Th>{t("partner.period")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sorted.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/people/${a.personId}`}>
                      {a.personName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{a.role || "—"}</Table.Td>
                  <Table.Td>
                    {date(a.startedOn) || "—"}
                    {rangeSep}
                    {date(a.endedOn)}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={a.endedOn ? "gray" : "green"} variant="light">
                      {a.endedOn ? t("partner.former") : t("partner.current")}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
