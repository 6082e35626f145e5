import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { TPlanListItem } from "@renkei/contract";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { RefusedAlert } from "../cases/section-card";
import { integrityApi, usePlans } from "./integrity-api";
import { useCoiMutation } from "./queries";

const STATE_COLOR = { overdue: "red", due_soon: "orange", scheduled: "blue", closed: "gray" } as const;

/** The committee's monitoring list of management plans (seed 003 TMDU): due dates first, record follow-ups. */
export function CoiPlansPage() {
  const { t, date } = useI18n();
  const plans = usePlans();
  const [open, setOpen] = useState<string | null>(null);
  if (plans.isPending) {
    return <Loading />;
  }
  if (plans.error) {
    return <ErrorAlert error={plans.error} />;
  }
  return (
    <Stack>
      <PageTitle title={t("coi.plansTitle")} description={t("coi.plansHelp")} />
      {plans.data.items.length === 0 ? (
        <Text c="dimmed">{t("coi.plansEmpty")}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("coi.monitoringOn")}</Table.Th>
              <Table.Th>{t("coi.declarant")}</Table.Th>
              <Table.Th>{t("coi.conditions")}</Table.Th>
              <Table.Th>{t("coi.monitor")}</Table.Th>
              <Table.Th>{t("coi.lastMonitored")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plans.data.items.map((p) => (
              <Table.Tr key={p.id} data-testid={`plan-${p.declarantName}`}>
                <Table.Td>
                  <Badge color={STATE_COLOR[p.state]}>{t(`coi.planState.${p.state}` as MessageKey)}</Badge>{" "}
                  {date(p.monitoringOn)}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/coi/declarations/${p.declarationId}`}>
                    {p.declarantName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{p.conditions.join(" / ")}</Table.Td>
                <Table.Td>{p.monitorName ?? "—"}</Table.Td>
                <Table.Td>
                  {date(p.lastMonitoredOn) || "—"}
                  {p.monitoringNotes && (
                    <Text size="xs" c="dimmed">
                      {p.monitoringNotes}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.status === "active" && (
                    <Button size="xs" variant="light" onClick={() => setOpen(open === p.id ? null : p.id)}>
                      {t("coi.recordMonitoring")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open && (
        <MonitorForm plan={plans.data.items.find((p) => p.id === open)!} onDone={() => setOpen(null)} />
      )}
    </Stack>
  );
}

function MonitorForm({ plan, onDone }: { plan: TPlanListItem; onDone: () => void }) {
  const { t } = useI18n();
  const [notes, setNotes] = useState("");
  const [next, setNext] = useState("");
  const [close, setClose] = useState(false);
  const save = useCoiMutation((body: unknown) => integrityApi.monitor(plan.id, body));
  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>
          {t("coi.recordMonitoring")}: {plan.declarantName}
        </Text>
        <Textarea
          label={t("coi.monitoringNotes")}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t("coi.nextMonitoringOn")}
            value={next}
            disabled={close}
            onChange={(e) => setNext(e.currentTarget.value)}
          />
          <Checkbox
            label={t("coi.closePlan")}
            checked={close}
            onChange={(e) => setClose(e.currentTarget.checked)}
          />
          <Button
            loading={save.isPending}
            onClick={() =>
              save.mutate(
                { version: plan.version, notes, nextMonitoringOn: close ? null : next || null, close },
                { onSuccess: onDone },
              )
            }
          >
            {t("coi.saveMonitoring")}
          </Button>
        </Group>
        <RefusedAlert error={save.error} />
      </Stack>
    </Card>
  );
}
