import { Accordion, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { TTripDetail } from "@renkei/contract";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { OutcomeBadge } from "../ec-shared/outcome-badge";
import { ReasonsTable } from "../ec-shared/reasons-table";

/** The engine's run for each item × counterpart, the combined outcome, and every reason. */
export function TripAssessmentView({ trip }: { trip: TTripDetail }) {
  const { t, date, country, paren } = useI18n();
  const a = trip.assessment;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("trips.assessment")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("ec.assessedAsOf", { date: date(a.asOf) })}
          </Text>
        </Group>
        <Group>
          <Text fw={600}>{t("ec.outcome")}:</Text>
          <OutcomeBadge outcome={a.outcome} />
        </Group>
        <Text size="sm" c="dimmed">
          {t(`trips.outcomeHelp.${a.outcome}` as MessageKey)}
        </Text>
        <Accordion variant="contained" multiple>
          {a.parts.map((part) => {
            const item = part.itemIndex === null ? null : trip.items[part.itemIndex];
            const meeting = part.meetingIndex === null ? null : trip.meetings[part.meetingIndex];
            const r = part.result;
            return (
              <Accordion.Item
                key={`${part.itemIndex}-${part.meetingIndex}`}
                value={`${part.itemIndex}-${part.meetingIndex}`}
              >
                <Accordion.Control>
                  <Group gap="xs">
                    <OutcomeBadge outcome={r.outcome} />
                    <Text size="sm">
                      {item?.description ?? t("trips.noItem")}
                      {meeting ? ` → ${meeting.organisation}${paren(country(meeting.country))}` : ""}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Group gap={4} mb="xs">
                    {r.provisionKinds.map((kind) => (
                      <Badge key={kind} variant="outline" size="sm">
                        {t(`ec.kind.${kind}` as MessageKey)}
                      </Badge>
                    ))}
                    {r.exemption && <Badge color="teal">{r.exemption}</Badge>}
                    {r.sanctions.map((s) => (
                      <Badge key={s} color="red" size="sm">
                        {s}
                      </Badge>
                    ))}
                  </Group>
                  <ReasonsTable reasons={r.reasons} />
                </Accordion.Panel>
              </Accordion.Item>
            );
          })}
        </Accordion>
      </Stack>
    </Paper>
  );
}
