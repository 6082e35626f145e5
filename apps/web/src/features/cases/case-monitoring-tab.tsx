import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { MONITORING_KINDS, type TCaseDetail } from "@renkei/contract";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { casesApi } from "./api";
import { useCaseMutation } from "./queries";
import { ReasonList } from "./reason-list";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

type Kind = (typeof MONITORING_KINDS)[number];
type Item = TCaseDetail["monitoring"]["items"][number];

/** Monitoring of an active case (seed 001 §IV.3, case 28): meetings, milestones, reports, visits. */
export function CaseMonitoringTab({ c }: { c: TCaseDetail }) {
  const { t, date } = useI18n();
  const [kind, setKind] = useState<Kind>("meeting");
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState(todayIso());
  const [visitor, setVisitor] = useState("");
  const [completing, setCompleting] = useState<Item | null>(null);
  const [minutes, setMinutes] = useState("");
  const [completedOn, setCompletedOn] = useState(todayIso());
  const add = useCaseMutation(c.id, (body: unknown) => casesApi.addMonitoring(c.id, body));
  const update = useCaseMutation(c.id, ({ itemId, body }: { itemId: string; body: unknown }) =>
    casesApi.updateMonitoring(c.id, itemId, body),
  );
  const editable = canChange(c, "monitoring");
  const alerts = new Map(c.monitoring.alerts.map((a) => [a.itemId, a]));
  // A scheduled quarterly report is titled in the reader's language; people's own titles as written.
  const itemTitle = (m: Item) =>
    m.reportNo === null ? m.title : t("case.monitoring.quarterly", { n: m.reportNo });
  return (
    <SectionCard c={c} section="monitoring" title={t("case.tab.monitoring")}>
      <Text size="sm" c="dimmed">
        {t("case.monitoring.help")}
      </Text>
      {c.monitoring.alerts.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t("case.monitoring.alerts")}
          </Text>
          <ReasonList reasons={c.monitoring.alerts.map((a) => a.reason)} color="red.8" />
        </Stack>
      )}
      {c.monitoring.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("case.monitoring.empty")}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("case.monitoring.kind")}</Table.Th>
              <Table.Th>{t("case.monitoring.title")}</Table.Th>
              <Table.Th>{t("case.monitoring.dueOn")}</Table.Th>
              <Table.Th>{t("case.monitoring.completed")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.monitoring.items.map((m) => {
              const alert = alerts.get(m.id);
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>{t(`case.monitoring.kind.${m.kind}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{itemTitle(m)}</Text>
                    {m.visitorName && (
                      <Text size="xs" c="dimmed">
                        {m.visitorName}
                      </Text>
                    )}
                    {m.minutes && (
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {m.minutes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      {date(m.dueOn)}
                      {alert?.status === "overdue" && (
                        <Badge color="red">{t("case.monitoring.overdue", { n: alert.daysOverdue })}</Badge>
                      )}
                      {alert?.status === "due_soon" && (
                        <Badge color="yellow">{t("case.monitoring.dueSoon")}</Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {m.cancelled ? t("case.monitoring.cancelled") : date(m.completedOn) || "—"}
                  </Table.Td>
                  <Table.Td>
                    {editable && !m.completedOn && !m.cancelled && (
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => {
                            setCompleting(m);
                            setMinutes(m.minutes);
                          }}
                        >
                          {t("case.monitoring.complete")}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="gray"
                          onClick={() => update.mutate({ itemId: m.id, body: { cancelled: true } })}
                        >
                          {t("case.monitoring.cancelled")}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {completing && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {itemTitle(completing)}
          </Text>
          <TextInput
            type="date"
            label={t("case.monitoring.completed")}
            value={completedOn}
            onChange={(e) => setCompletedOn(e.currentTarget.value)}
            w={200}
          />
          {completing.kind === "meeting" && (
            <Textarea
              label={t("case.monitoring.minutes")}
              autosize
              minRows={3}
              value={minutes}
              onChange={(e) => setMinutes(e.currentTarget.value)}
            />
          )}
          <Group>
            <Button
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  {
                    itemId: completing.id,
                    body: { completedOn, ...(completing.kind === "meeting" ? { minutes } : {}) },
                  },
                  { onSuccess: () => setCompleting(null) },
                )
              }
            >
              {t("common.save")}
            </Button>
            <Button variant="default" onClick={() => setCompleting(null)}>
              {t("common.cancel")}
            </Button>
          </Group>
        </Stack>
      )}
      {editable && (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("case.monitoring.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
            data={MONITORING_KINDS.map((k) => ({ value: k, label: t(`case.monitoring.kind.${k}`) }))}
          />
          <TextInput
            label={t("case.monitoring.title")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t("case.monitoring.dueOn")}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
          />
          {kind === "visit" && (
            <TextInput
              label={t("case.monitoring.visitor")}
              value={visitor}
              onChange={(e) => setVisitor(e.currentTarget.value)}
            />
          )}
          <Button
            disabled={!title.trim() || !dueOn}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { kind, title, dueOn, ...(kind === "visit" ? { visitorName: visitor || null } : {}) },
                {
                  onSuccess: () => {
                    setTitle("");
                    setVisitor("");
                  },
                },
              )
            }
          >
            {t("case.monitoring.add")}
          </Button>
        </Group>
      )}
      <RefusedAlert error={add.error ?? update.error} />
    </SectionCard>
  );
}
