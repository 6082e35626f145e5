import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import type { TMobilityAlert } from "@renkei/contract";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ReasonList } from "../cases/reason-list";

/**
 * On the case page: a person who knows the case's secrets changed employer (issue 17 item 1). Shown only
 * when there is an alert; the coordinator records what was done (the record, not a tick, closes it).
 */
export function CaseMobilityAlerts({ caseId }: { caseId: string }) {
  const { t, date, paren } = useI18n();
  const q = useQuery({
    queryKey: ["cases", caseId, "mobility"],
    queryFn: () => api.get<{ items: TMobilityAlert[] }>(`/cases/${caseId}/mobility-alerts`),
  });
  const items = q.data?.items ?? [];
  if (items.length === 0) {
    return null;
  }
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t("crm.mobility")}
      </Title>
      <Stack>
        {items.map((a) => (
          <Alert key={a.id} color={a.status === "open" ? "orange" : "gray"}>
            <Text fw={600}>
              {a.person.label}: {a.fromPartner?.label ?? "—"} → {a.toPartner.label}
              {paren(date(a.movedOn))}
            </Text>
            <ReasonList reasons={a.reasons} />
            {a.status === "open" ? (
              <AckForm caseId={caseId} alertId={a.id} />
            ) : (
              <Text size="sm">
                {t("crm.mobilityAcknowledged", { by: a.acknowledgedBy ?? "", note: a.note })}
              </Text>
            )}
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}

function AckForm({ caseId, alertId }: { caseId: string; alertId: string }) {
  const { t } = useI18n();
  const can = useCan();
  const client = useQueryClient();
  const [note, setNote] = useState("");
  const m = useMutation({
    mutationFn: () => api.post<void>(`/cases/${caseId}/mobility-alerts/${alertId}/acknowledge`, { note }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["cases", caseId, "mobility"] }),
  });
  if (!can("mobility.acknowledge")) {
    return null;
  }
  return (
    <Stack gap="xs" mt="sm">
      <Textarea label={t("crm.mobilityNote")} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      {m.error ? <ErrorAlert error={m.error} /> : null}
      <Group>
        <Button onClick={() => m.mutate()} loading={m.isPending} disabled={note.trim() === ""}>
          {t("crm.mobilityAck")}
        </Button>
      </Group>
    </Stack>
  );
}
