import {
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import type { TVisitTour } from "@renkei/contract";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useTourMutation, useVisitTours, visitToursApi } from "./api";
import { TourCreateForm } from "./tour-create-form";

type Decided = "allowed" | "conditional" | "refused";
const DECISION_COLOR = { pending: "gray", allowed: "green", conditional: "yellow", refused: "red" } as const;

function Tour({ tour }: { tour: TVisitTour }) {
  const { t, date, paren } = useI18n();
  const can = useCan();
  const [decisions, setDecisions] = useState(
    tour.items.map(() => ({ decision: "allowed" as Decided, conditions: "" })),
  );
  const [comment, setComment] = useState("");
  const [done, setDone] = useState(tour.items.map((i) => i.decision !== "refused"));
  const act = useTourMutation((fn: () => Promise<TVisitTour>) => fn());
  const deciding = tour.status === "submitted" && can("visit_tour.decide");
  const completing = tour.status === "approved" && can("visit_tour.write");
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>
            {tour.title} {tour.visitOn ? `${paren(date(tour.visitOn))}` : ""}
          </Text>
          <Badge variant="outline">{t(`tours.status.${tour.status}` as MessageKey)}</Badge>
        </Group>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tours.kind")}</Table.Th>
              <Table.Th>{t("tours.description")}</Table.Th>
              <Table.Th>{t("tours.responsible")}</Table.Th>
              <Table.Th>{t("tours.decision")}</Table.Th>
              {(completing || tour.status === "completed") && <Table.Th>{t("tours.done")}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tour.items.map((item, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional (decisions and completion are sent by position) and never reorder here
              <Table.Tr key={i}>
                <Table.Td>{t(`tours.kind.${item.kind}` as MessageKey)}</Table.Td>
                <Table.Td>{item.description}</Table.Td>
                <Table.Td>{item.responsible?.displayName ?? tour.host?.displayName ?? "—"}</Table.Td>
                <Table.Td>
                  {deciding ? (
                    <Group gap="xs">
                      <Select
                        aria-label={`${t("tours.decision")} ${i + 1}`}
                        w={170}
                        allowDeselect={false}
                        value={decisions[i]!.decision}
                        onChange={(v) =>
                          setDecisions(
                            decisions.map((d, j) => (j === i ? { ...d, decision: v as Decided } : d)),
                          )
                        }
                        data={(["allowed", "conditional", "refused"] as const).map((d) => ({
                          value: d,
                          label: t(`tours.decision.${d}` as MessageKey),
                        }))}
                      />
                      {decisions[i]!.decision === "conditional" && (
                        <TextInput
                          aria-label={`${t("tours.conditions")} ${i + 1}`}
                          placeholder={t("tours.conditions")}
                          value={decisions[i]!.conditions}
                          onChange={(e) => {
                            const value = e.currentTarget.value;
                            setDecisions(
                              decisions.map((d, j) => (j === i ? { ...d, conditions: value } : d)),
                            );
                          }}
                        />
                      )}
                    </Group>
                  ) : (
                    <Stack gap={0}>
                      <Badge color={DECISION_COLOR[item.decision]} variant="light">
                        {t(`tours.decision.${item.decision}` as MessageKey)}
                      </Badge>
                      {item.conditions && <Text size="xs">{item.conditions}</Text>}
                    </Stack>
                  )}
                </Table.Td>
                {(completing || tour.status === "completed") && (
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t("tours.done")} ${i + 1}`}
                      disabled={!completing || item.decision === "refused"}
                      checked={completing ? done[i] : item.done}
                      onChange={(e) => {
                        const checked = e.currentTarget.checked;
                        setDone(done.map((d, j) => (j === i ? checked : d)));
                      }}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {tour.decidedBy && (
          <Text size="xs" c="dimmed">
            {t("tours.decidedBy", { name: tour.decidedBy.displayName, date: date(tour.decidedAt) })}
            {tour.decisionComment ? ` — ${tour.decisionComment}` : ""}
          </Text>
        )}
        {act.error && <ErrorAlert error={act.error} />}
        {(tour.status === "draft" || tour.status === "returned") && can("visit_tour.write") && (
          <Button
            w="fit-content"
            onClick={() => act.mutate(() => visitToursApi.submit(tour.id, tour.version))}
          >
            {t("tours.submit")}
          </Button>
        )}
        {deciding && (
          <Stack gap="xs">
            <Textarea
              label={t("tours.comment")}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
            />
            <Group>
              <ConfirmButton
                color="indigo"
                title={t("tours.approveConfirm")}
                onConfirm={() =>
                  act.mutate(() =>
                    visitToursApi.decide(tour.id, {
                      version: tour.version,
                      outcome: "approve",
                      decisions,
                      comment,
                    }),
                  )
                }
              >
                {t("tours.approve")}
              </ConfirmButton>
              <Button
                variant="default"
                onClick={() =>
                  act.mutate(() =>
                    visitToursApi.decide(tour.id, { version: tour.version, outcome: "return", comment }),
                  )
                }
              >
                {t("tours.return")}
              </Button>
            </Group>
          </Stack>
        )}
        {completing && (
          <Button
            w="fit-content"
            onClick={() => act.mutate(() => visitToursApi.complete(tour.id, tour.version, done))}
          >
            {t("tours.complete")}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

/** The tour / handout checklists on a visitor's page (spec C7). */
export function VisitTourSection({ visitorId }: { visitorId: string }) {
  const { t } = useI18n();
  const can = useCan();
  const tours = useVisitTours(visitorId);
  const [creating, setCreating] = useState(false);
  if (!can("visit_tour.read")) {
    return null;
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("tours.title")}
        </Title>
        {can("visit_tour.write") && !creating && (
          <Button variant="light" onClick={() => setCreating(true)}>
            {t("tours.new")}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t("tours.help")}
      </Text>
      {tours.error && <ErrorAlert error={tours.error} />}
      {creating && <TourCreateForm visitorId={visitorId} onDone={() => setCreating(false)} />}
      {tours.data?.items.length === 0 && !creating && <Text c="dimmed">{t("tours.empty")}</Text>}
      {tours.data?.items.map((tour) => (
        <Tour key={`${tour.id}-${tour.version}`} tour={tour} />
      ))}
    </Stack>
  );
}
