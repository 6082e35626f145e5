import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
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
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { RefusedAlert } from "../cases/section-card";
import { coiApi } from "./api";
import { useCoiMutation, useMyCoi } from "./queries";

export const STATUS_COLOR: Record<string, string> = {
  draft: "gray",
  submitted: "blue",
  returned: "orange",
  approved: "green",
  expired: "red",
};

/** The researcher's COI page: the open cycle, their declarations and management plans. */
export function CoiHomePage() {
  const { t, date, paren } = useI18n();
  const can = useCan();
  const me = useMyCoi();
  const navigate = useNavigate();
  const start = useCoiMutation((body: unknown) => coiApi.create(body));
  const begin = (body: unknown) =>
    start.mutate(body, { onSuccess: (d) => navigate(`/coi/declarations/${d.id}`) });
  if (me.isPending) {
    return <Loading />;
  }
  if (me.error) {
    return <ErrorAlert error={me.error} />;
  }
  const { openCycle, declarations, plans, requests } = me.data;
  const hasOpen = declarations.some((d) => ["draft", "submitted", "returned"].includes(d.status));
  const declaredInCycle = openCycle && declarations.some((d) => d.cycleTitle === openCycle.title);
  return (
    <Stack>
      <PageTitle title={t("coi.title")} description={t("coi.help")} />
      <Group>
        <Anchor component={Link} to="/coi/profile">
          {t("coi.nav.profile")}
        </Anchor>
        <Anchor component={Link} to="/coi/funding">
          {t("coi.nav.funding")}
        </Anchor>
        <Anchor component={Link} to="/coi/training">
          {t("coi.nav.training")}
        </Anchor>
        {can("coi.review") && (
          <Anchor component={Link} to="/coi/plans">
            {t("coi.nav.plans")}
          </Anchor>
        )}
      </Group>
      {openCycle && (
        <Alert color={declaredInCycle ? "green" : "blue"}>
          <Group justify="space-between">
            <Text>{t("coi.cycleOpen", { title: openCycle.title, due: date(openCycle.dueOn) })}</Text>
            {!declaredInCycle && (
              <Button
                onClick={() => begin({ trigger: "cycle", cycleId: openCycle.id })}
                loading={start.isPending}
              >
                {t("coi.startPeriodic")}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {requests.map((r) => (
        <Alert key={r.id} color="orange">
          <Group justify="space-between">
            <Text>
              {t("coi.requested", {
                what: t(`coi.trigger.${r.trigger}` as MessageKey),
                case: r.caseTitle ? `${paren(r.caseTitle)}` : "",
                date: date(r.requestedAt),
              })}
            </Text>
            {!hasOpen && (
              <Button
                onClick={() => begin({ trigger: r.trigger, caseId: r.caseId })}
                loading={start.isPending}
              >
                {t("coi.startRequested")}
              </Button>
            )}
          </Group>
        </Alert>
      ))}
      <Group>
        <Button variant="light" onClick={() => begin({ trigger: "new_activity" })} loading={start.isPending}>
          {t("coi.startTriggered")}
        </Button>
      </Group>
      <RefusedAlert error={start.error} />
      <Title order={3}>{t("coi.mine")}</Title>
      {declarations.length === 0 ? (
        <Text c="dimmed">{t("coi.empty")}</Text>
      ) : (
        <Table striped>
          <Table.Tbody>
            {declarations.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/coi/declarations/${d.id}`}>
                    {d.cycleTitle ?? t(`coi.trigger.${d.trigger}` as MessageKey)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[d.status]}>{t(`coi.status.${d.status}` as MessageKey)}</Badge>
                </Table.Td>
                <Table.Td>
                  {t("coi.validUntil")}: {date(d.validUntil) || "—"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {plans.length > 0 && (
        <>
          <Title order={3}>{t("coi.plans")}</Title>
          {plans.map((p) => (
            <Card withBorder key={p.id}>
              <Text size="sm">
                {t("coi.monitoringOn")}: {date(p.monitoringOn)}
              </Text>
              <Text size="sm">
                {t("coi.conditions")}: {p.conditions.join(" / ")}
              </Text>
            </Card>
          ))}
        </>
      )}
      {can("coi.configure") && <OpenCycleCard />}
    </Stack>
  );
}

function OpenCycleCard() {
  const { t } = useI18n();
  const [v, setV] = useState({ title: "", opensOn: "", dueOn: "", validUntil: "" });
  const open = useCoiMutation((body: unknown) => coiApi.openCycle(body));
  const field = (k: keyof typeof v, label: MessageKey, type = "date") => (
    <TextInput
      type={type}
      label={t(label)}
      value={v[k]}
      onChange={(e) => setV({ ...v, [k]: e.currentTarget.value })}
    />
  );
  return (
    <Card withBorder>
      <Title order={4}>{t("coi.openCycle")}</Title>
      <Group align="flex-end">
        {field("title", "coi.cycleTitle", "text")}
        {field("opensOn", "coi.opensOn")}
        {field("dueOn", "coi.dueOn")}
        {field("validUntil", "coi.validUntil")}
        <Button loading={open.isPending} onClick={() => open.mutate(v)}>
          {t("coi.openCycle")}
        </Button>
      </Group>
      {open.isSuccess && <Text c="green">{t("coi.cycleOpened")}</Text>}
      <RefusedAlert error={open.error} />
    </Card>
  );
}
