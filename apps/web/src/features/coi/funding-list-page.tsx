import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { RefusedAlert } from "../cases/section-card";
import { integrityApi, useFundingList, useFundingProgrammes } from "./integrity-api";
import { useCoiMutation } from "./queries";

/** Funding applications (J2): mine, and a new one started from my profile's current entries. */
export function FundingListPage() {
  const { t, date, paren } = useI18n();
  const list = useFundingList();
  const navigate = useNavigate();
  const [v, setV] = useState({ funder: "", programme: "", title: "", eRadNumber: "" });
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const programmes = useFundingProgrammes();
  const create = useCoiMutation(async () => {
    const lists = await integrityApi.fundingPrefill();
    return integrityApi.createFunding({ ...v, eRadNumber: v.eRadNumber || null, programmeId, ...lists });
  });
  if (list.isPending) {
    return <Loading />;
  }
  if (list.error) {
    return <ErrorAlert error={list.error} />;
  }
  return (
    <Stack>
      <PageTitle title={t("coi.fundingTitle")} description={t("coi.fundingHelp")} />
      {list.data.items.length === 0 ? (
        <Text c="dimmed">{t("coi.fundingEmpty")}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {list.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/coi/funding/${a.id}`}>
                    {a.funder} {a.programme}: {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.userName}</Table.Td>
                <Table.Td>
                  <Badge color={a.check === "match" ? "green" : "orange"}>
                    {t(a.check === "match" ? "coi.fundingMatch" : "coi.fundingMismatch")}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {t("coi.pledgedOn")}: {date(a.pledgedOn) || "—"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Card withBorder>
        <Title order={4}>{t("coi.fundingNew")}</Title>
        <Text size="sm" c="dimmed">
          {t("coi.fundingNewHelp")}
        </Text>
        <Group align="flex-end">
          {(["funder", "programme", "title", "eRadNumber"] as const).map((k) => (
            <TextInput
              key={k}
              label={t(`coi.funding.${k}`)}
              value={v[k]}
              onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })}
            />
          ))}
          {(programmes.data?.items.length ?? 0) > 0 && (
            <Select
              label={t("coi.funding.programmeId")}
              placeholder={t("coi.funding.programmeNone")}
              data={(programmes.data?.items ?? []).map((p) => ({
                value: p.id,
                label: p.funder ? `${p.name}${paren(p.funder)}` : p.name,
              }))}
              value={programmeId}
              onChange={setProgrammeId}
              searchable
              clearable
              w={280}
            />
          )}
          <Button
            loading={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: (d) => navigate(`/coi/funding/${d.id}`) })}
          >
            {t("coi.fundingCreate")}
          </Button>
        </Group>
        <RefusedAlert error={create.error} />
      </Card>
    </Stack>
  );
}
