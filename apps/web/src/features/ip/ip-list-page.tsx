import { Anchor, Badge, Button, Group, Stack, Table, Tabs, Text } from "@mantine/core";
import {
  FILING_KIND_LABELS,
  INCOME_KIND_LABELS,
  INVENTION_CATEGORY_LABELS,
  type IncomeKind,
} from "@renkei/domain";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useYen } from "./ip-kit";
import { useDocket, useIncome, useInventions } from "./queries";

/** 発明・知財: the inventions the user may see, the docket's next deadlines, income by fiscal year. */
export function IpListPage() {
  const { t } = useI18n();
  const can = useCan();
  return (
    <Stack>
      <PageTitle
        title={t("ip.title")}
        description={t("ip.help")}
        actions={
          <Group>
            <Button variant="light" component={Link} to="/ip/texts">
              {t("nav.ipTexts")}
            </Button>
            {can("ip.disclose") && (
              <Button component={Link} to="/ip/new">
                {t("nav.ipNew")}
              </Button>
            )}
          </Group>
        }
      />
      <Tabs defaultValue="inventions" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="inventions">{t("ip.tab.inventions")}</Tabs.Tab>
          <Tabs.Tab value="docket">{t("ip.tab.docket")}</Tabs.Tab>
          <Tabs.Tab value="income">{t("ip.tab.income")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inventions" pt="md">
          <InventionTable />
        </Tabs.Panel>
        <Tabs.Panel value="docket" pt="md">
          <DocketTable />
        </Tabs.Panel>
        <Tabs.Panel value="income" pt="md">
          <IncomeTable />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function InventionTable() {
  const { t, label, date, listSep } = useI18n();
  const list = useInventions();
  if (list.isPending) {
    return <Loading />;
  }
  if (list.isError) {
    return <ErrorAlert error={list.error} />;
  }
  if (list.data.items.length === 0) {
    return <Text c="dimmed">{t("ip.empty")}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("ip.ref")}</Table.Th>
            <Table.Th>{t("ip.inventionTitle")}</Table.Th>
            <Table.Th>{t("ip.stage")}</Table.Th>
            <Table.Th>{t("ip.nextDeadline")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.ref}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/ip/${i.id}`} fw={600}>
                  {i.title}
                </Anchor>
                <Group gap={4}>
                  {i.bayhDole && <Badge size="xs">{t("ip.bayhDole")}</Badge>}
                  {i.designated && (
                    <Badge size="xs" color="red">
                      {t("ip.designated")}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {i.inventors.join(listSep)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {i.category
                  ? label(INVENTION_CATEGORY_LABELS[i.category])
                  : t(`ip.stage.${i.stage}` as MessageKey)}
              </Table.Td>
              <Table.Td>
                {i.nextDeadline ? `${label(i.nextDeadline.label)} ${date(i.nextDeadline.dueOn)}` : "—"}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DocketTable() {
  const { t, label, date } = useI18n();
  const docket = useDocket();
  if (docket.isPending) {
    return <Loading />;
  }
  if (docket.isError) {
    return <ErrorAlert error={docket.error} />;
  }
  if (docket.data.items.length === 0) {
    return <Text c="dimmed">{t("ip.empty")}</Text>;
  }
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t("ip.bd.due")}</Table.Th>
          <Table.Th>{t("ip.filing.deadlines")}</Table.Th>
          <Table.Th>{t("ip.inventionTitle")}</Table.Th>
          <Table.Th>{t("ip.filing.kind")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {docket.data.items.map((e) => (
          <Table.Tr key={`${e.filingId}:${e.deadline.kind}:${e.deadline.dueOn}`}>
            <Table.Td>{date(e.deadline.dueOn)}</Table.Td>
            <Table.Td>{label(e.deadline.label)}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/ip/${e.inventionId}`}>
                {e.inventionRef} {e.inventionTitle}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {label(FILING_KIND_LABELS[e.filingKind])} {e.applicationNo}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function IncomeTable() {
  const { t, label, listSep } = useI18n();
  const yen = useYen();
  const income = useIncome();
  if (income.isPending) {
    return <Loading />;
  }
  if (income.isError) {
    return <ErrorAlert error={income.error} />;
  }
  if (income.data.years.length === 0) {
    return <Text c="dimmed">{t("ip.empty")}</Text>;
  }
  return (
    <Table striped data-testid="income-by-year">
      <Table.Tbody>
        {income.data.years.map((y) => (
          <Table.Tr key={y.fiscalYear}>
            <Table.Td>{t("ip.fy", { year: y.fiscalYear })}</Table.Td>
            <Table.Td>
              {Object.entries(y.byKind)
                .map(([k, v]) => `${label(INCOME_KIND_LABELS[k as IncomeKind])} ${yen(v)}`)
                .join(listSep)}
            </Table.Td>
            <Table.Td fw={600}>{yen(y.total)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
