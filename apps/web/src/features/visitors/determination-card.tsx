import { Accordion, Alert, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { TVisitorDetail } from "@renkei/contract";
import { DetailList } from "../../components/ui/detail-list";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { OutcomeBadge } from "../ec-shared/outcome-badge";
import { ReasonsTable } from "../ec-shared/reasons-table";

/** The engine's residency and 特定類型 determination for the officer, with every reason and source. */
export function DeterminationCard({ v }: { v: TVisitorDetail }) {
  const { t, date, listSep } = useI18n();
  const a = v.assessment;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t("visitors.determination")}
          </Title>
          <Text size="sm" c="dimmed">
            {t("ec.assessedAsOf", { date: date(v.assessedAsOf) })}
          </Text>
        </Group>
        <DetailList
          items={[
            {
              label: t("visitors.residency"),
              value: a.residency ? (
                <Group gap={6} component="span">
                  <Badge color={a.residency === "RESIDENT" ? "blue" : "orange"}>
                    {t(`ec.residency.${a.residency}` as MessageKey)}
                  </Badge>
                  <Text span size="xs" c="dimmed">
                    {a.residencyRule}
                  </Text>
                </Group>
              ) : (
                "—"
              ),
            },
            {
              label: t("visitors.tokutei"),
              value:
                a.tokutei.length > 0
                  ? a.tokutei.map((c) => t(`ec.tokutei.${c}` as MessageKey)).join(listSep)
                  : t(`ec.tokuteiStatus.${a.tokuteiStatus}` as MessageKey),
            },
            { label: t("visitors.residencyChangeOn"), value: date(v.residencyChangeOn) },
            { label: t("visitors.techOutcome"), value: <OutcomeBadge outcome={a.outcome} /> },
          ]}
        />
        {v.controlledTechnologyNeedsLicence ? (
          <Alert color="orange" title={t("visitors.licenceNeeded")}>
            {t("visitors.licenceNeededHelp")}
          </Alert>
        ) : a.tokuteiStatus === "UNKNOWN" ? (
          <Alert color="yellow" title={t("visitors.tokuteiUnknown")}>
            {t("visitors.tokuteiUnknownHelp")}
          </Alert>
        ) : (
          <Alert color="green">{t("visitors.residentNoTokutei")}</Alert>
        )}
        {a.reviewFlags.length > 0 && (
          <Text size="sm" c="orange.8">
            {t("ec.reviewFlags")}: {a.reviewFlags.join(", ")}
          </Text>
        )}
        <Accordion variant="contained">
          <Accordion.Item value="reasons">
            <Accordion.Control>{t("ec.showReasons", { n: a.reasons.length })}</Accordion.Control>
            <Accordion.Panel>
              <ReasonsTable reasons={a.reasons} />
              <Text size="xs" c="dimmed" mt="xs">
                {t("ec.dataVersions")}:{" "}
                {Object.entries(a.dataVersions)
                  .map(([k, val]) => `${k}=${val}`)
                  .join(", ")}
              </Text>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
    </Paper>
  );
}
