import { Badge, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import type { TPartyScreening } from "@renkei/contract";
import { LIST_KIND_LABELS, partyScreeningStatus } from "@renkei/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";

export const SCREENING_STATUS_COLOR = {
  not_screened: "gray",
  clear: "green",
  pending_review: "orange",
  true_match: "red",
} as const;

type Match = TPartyScreening["parties"][number]["matches"][number];

/** The officer's decision on one open match, with the reason it rests on. */
function DecideMatch({ path, at }: { path: string; at: { partyIndex: number; matchIndex: number } }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [reason, setReason] = useState("");
  const decide = useMutation({
    mutationFn: (decision: Match["decision"]) => api.post(path, { ...at, decision, reason }),
    onSuccess: () => qc.invalidateQueries(),
  });
  return (
    <Stack gap={4}>
      <Textarea
        label={t("ecr.ps.reason")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        autosize
        minRows={1}
        required
      />
      <Group gap="xs">
        <Button
          size="xs"
          color="red"
          disabled={reason.trim() === ""}
          loading={decide.isPending}
          onClick={() => decide.mutate("true_match")}
        >
          {t("ecr.ps.confirm")}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={reason.trim() === ""}
          loading={decide.isPending}
          onClick={() => decide.mutate("false_positive")}
        >
          {t("ecr.ps.clear")}
        </Button>
      </Group>
      {decide.isError && <ErrorAlert error={decide.error} />}
    </Stack>
  );
}

/**
 * A trip's counterparts or a visitor and their home institution against every list (issue 15 item 2,
 * B3/B4): the status, each possible match with its list and kind, and — for the office, while the
 * trip or intake is open — the decision on each open match. `decidePath` is the API path of decisions.
 */
export function PartyScreeningPanel({
  screening,
  decidePath,
  open,
}: {
  screening: TPartyScreening | null;
  decidePath: string;
  open: boolean;
}) {
  const { t, label, date, dateTime } = useI18n();
  const can = useCan();
  const status = partyScreeningStatus(screening);
  const canDecide = open && can("ec.party_screening.decide");
  return (
    <Paper withBorder p="md" data-testid="party-screening">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("ecr.ps.title")}
        </Title>
        <Badge color={SCREENING_STATUS_COLOR[status]} data-testid="party-screening-status">
          {t(`ecr.ps.status.${status}` as MessageKey)}
        </Badge>
      </Group>
      {screening && (
        <Text size="xs" c="dimmed" mb="xs">
          {t("ecr.ps.screenedOn", { date: date(screening.screenedOn) })}
        </Text>
      )}
      <Table fz="sm">
        <Table.Tbody>
          {(screening?.parties ?? []).map((p, pi) => (
            <Table.Tr key={`${p.role}|${p.name}`}>
              <Table.Td style={{ verticalAlign: "top", whiteSpace: "nowrap" }}>
                {t(`ecr.ps.role.${p.role}` as MessageKey)}
              </Table.Td>
              <Table.Td style={{ verticalAlign: "top" }}>{p.name}</Table.Td>
              <Table.Td>
                {p.matches.length === 0 && <Text size="sm">{t("ecr.ps.noMatch")}</Text>}
                <Stack gap="sm">
                  {p.matches.map((m, mi) => (
                    <Stack key={`${m.list}|${m.sourceId}`} gap={2} data-testid="party-match">
                      <Group gap="xs">
                        <Text size="sm" fw={600}>
                          {m.entryName}
                        </Text>
                        <Badge variant="light" color={m.kind === "sanctions" ? "red" : "grape"}>
                          {label(LIST_KIND_LABELS[m.kind])}
                        </Badge>
                        <Badge
                          variant="outline"
                          color={m.decision === "true_match" ? "red" : m.decision ? "green" : "orange"}
                        >
                          {t(m.decision ? (`ecr.ps.decision.${m.decision}` as MessageKey) : "ecr.ps.pending")}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t("ecr.ps.list")}: {m.list} · {t("ecr.ps.score")}: {m.score.toFixed(2)}
                      </Text>
                      {m.kind === "eul" && m.categories.length > 0 && (
                        <Text size="xs" data-testid="eul-categories">
                          {t("ecr.ps.categories")}:{" "}
                          {m.categories.map((c) => t(`ecr.ps.eul.${c}` as MessageKey)).join("・")}
                        </Text>
                      )}
                      {m.decision && (
                        <Text size="xs">
                          {m.reason} —{" "}
                          {t("ecr.ps.decidedBy", { name: m.decidedBy ?? "", date: dateTime(m.decidedAt) })}
                        </Text>
                      )}
                      {!m.decision && canDecide && (
                        <DecideMatch path={decidePath} at={{ partyIndex: pi, matchIndex: mi }} />
                      )}
                    </Stack>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
