import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import type { TScreeningHit } from "@renkei/contract";
import { Link } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { useI18n } from "../../lib/i18n";
import { DecisionForm } from "./decision-form";
import { MatchExplanation } from "./match-explanation";
import { HitStatusBadge, ScoreBadge } from "./status-badge";

/** A review item: our party beside the list entry, the explanation, and the decision (or the form). */
export function HitCard({ hit, canDecide }: { hit: TScreeningHit; canDecide: boolean }) {
  const { t, dateTime, paren } = useI18n();
  const open = hit.status === "pending" || hit.status === "escalated";
  const subjectPath = `/${hit.subjectKind === "partner" ? "partners" : "people"}/${hit.subjectId}`;
  return (
    <Paper withBorder p="md" data-testid="screening-hit">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {t(hit.subjectKind === "partner" ? "screening.queue.partner" : "screening.queue.person")}
            </Text>
            <Anchor component={Link} to={subjectPath} fw={700}>
              {hit.subjectName}
            </Anchor>
            <Text size="sm">
              ⇄ <b>{hit.entryName}</b>
              {hit.matchedName !== hit.entryName && (
                <Text span size="sm" c="dimmed">
                  {paren(`${t("screening.match.matchedName")}: ${hit.matchedName}`)}
                </Text>
              )}
            </Text>
          </div>
          <Group gap={6}>
            <HitStatusBadge status={hit.status} />
            <ScoreBadge score={hit.score} isMatch />
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t("screening.match.list")}: {hit.listName} · {t("screening.match.sourceId")}: {hit.sourceId} ·{" "}
          {t("screening.queue.openedAt")}: {dateTime(hit.createdAt)}
          {hit.reason !== "new" && (
            <Badge ml={6} size="xs" color="orange" variant="light">
              {t(`screening.hitReason.${hit.reason}`)}
            </Badge>
          )}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <MatchExplanation explanation={hit.explanation} />
          {hit.entry && (
            <Stack gap={4}>
              <Text size="xs" fw={600}>
                {t("screening.queue.entry")}
              </Text>
              <DetailList
                items={[
                  { label: t("screening.match.entryName"), value: hit.entry.names.join(" / ") },
                  { label: t("screening.match.countries"), value: hit.entry.countries.join(", ") },
                  { label: t("screening.match.programs"), value: [...hit.entry.programs].join(", ") },
                  ...Object.entries(hit.entry.details)
                    .filter(([k]) => k !== "related")
                    .slice(0, 6)
                    .map(([k, v]) => ({ label: k, value: v })),
                ]}
              />
            </Stack>
          )}
        </SimpleGrid>
        {hit.ownership && (
          <Alert
            color={hit.ownership.listedOwnership ? "red" : "gray"}
            title={t(hit.ownership.related ? "screening.ownership.related" : "screening.ownership.title")}
            data-testid="hit-ownership"
          >
            {hit.ownership.listedOwnership && (
              <Text size="sm">{t("screening.ownership.listed", { share: hit.ownership.listedShare })}</Text>
            )}
            {hit.ownership.paths.map((p) => (
              <Text key={p.join("→")} size="sm">
                {p.join(" → ")}
              </Text>
            ))}
            {hit.ownership.paths.length === 0 && <Text size="sm">{t("screening.ownership.noPath")}</Text>}
          </Alert>
        )}
        {!open && hit.decidedAt && (
          <Text size="sm">
            {t("screening.queue.decidedBy", { name: hit.decidedByLabel ?? "", at: dateTime(hit.decidedAt) })}:{" "}
            {hit.decisionReason}
          </Text>
        )}
        {hit.status === "escalated" && hit.decisionReason && (
          <Text size="sm" c="orange.8">
            {t("screening.queue.decidedBy", { name: hit.decidedByLabel ?? "", at: dateTime(hit.decidedAt) })}:{" "}
            {hit.decisionReason}
          </Text>
        )}
        {open && canDecide && <DecisionForm hitId={hit.id} escalated={hit.status === "escalated"} />}
      </Stack>
    </Paper>
  );
}
