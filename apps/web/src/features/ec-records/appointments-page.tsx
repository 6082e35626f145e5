import { Badge, Group, Paper, Select, Stack, Table, TextInput, Title } from "@mantine/core";
import type { TAppointment } from "@renkei/contract";
import { EC_POST_LABELS, EC_POSTS, type EcPost } from "@renkei/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../api/client";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useUsers } from "../partners/queries";
import { APPOINTMENTS_KEY, useAppointments } from "./appointments";
import { AppointmentsCard } from "./appointments-card";

function AppointForm() {
  const { t, label, date } = useI18n();
  const qc = useQueryClient();
  const users = useUsers();
  const [post, setPost] = useState<EcPost>("classification_officer");
  const [userId, setUserId] = useState<string | null>(null);
  const [fromDate, setFromDate] = useState("");
  const [note, setNote] = useState("");
  const appoint = useMutation({
    mutationFn: () => api.post("/export-control/appointments", { post, userId, fromDate, note }),
    onSuccess: () => {
      setUserId(null);
      setFromDate("");
      setNote("");
      return qc.invalidateQueries({ queryKey: APPOINTMENTS_KEY });
    },
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t("ecr.appt.new")}
      </Title>
      <Group align="flex-end">
        <Select
          label={t("ecr.appt.post")}
          data={EC_POSTS.map((p) => ({ value: p, label: label(EC_POST_LABELS[p]) }))}
          value={post}
          onChange={(v) => v && setPost(v as EcPost)}
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t("ecr.appt.person")}
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          value={userId}
          onChange={setUserId}
          searchable
          required
          w={240}
        />
        <TextInput
          type="date"
          label={t("ecr.appt.from")}
          value={fromDate}
          onChange={(e) => setFromDate(e.currentTarget.value)}
          required
        />
        <TextInput
          label={t("ecr.appt.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          w={260}
        />
        <ConfirmButton
          disabled={!userId || !fromDate}
          loading={appoint.isPending}
          title={t("ecr.appt.appointConfirm", {
            name: users.data?.items.find((u) => u.id === userId)?.displayName ?? "",
            post: label(EC_POST_LABELS[post]),
          })}
          message={t("ecr.appt.appointMessage", { date: date(fromDate) })}
          onConfirm={() => appoint.mutate()}
        >
          {t("ecr.appt.appoint")}
        </ConfirmButton>
      </Group>
      {appoint.isError && <ErrorAlert error={appoint.error} />}
    </Paper>
  );
}

function EndTerm({ a }: { a: TAppointment }) {
  const { t, date } = useI18n();
  const qc = useQueryClient();
  const [untilDate, setUntil] = useState("");
  const end = useMutation({
    mutationFn: () => api.post(`/export-control/appointments/${a.id}/end`, { untilDate }),
    onSuccess: () => qc.invalidateQueries({ queryKey: APPOINTMENTS_KEY }),
  });
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end">
        <TextInput
          type="date"
          size="xs"
          aria-label={t("ecr.appt.endOn")}
          value={untilDate}
          onChange={(e) => setUntil(e.currentTarget.value)}
        />
        <ConfirmButton
          size="xs"
          variant="default"
          disabled={!untilDate}
          loading={end.isPending}
          title={t("ecr.appt.endConfirm", { name: a.user.displayName, date: date(untilDate) })}
          onConfirm={() => end.mutate()}
        >
          {t("ecr.appt.end")}
        </ConfirmButton>
      </Group>
      {end.isError && <ErrorAlert error={end.error} />}
    </Stack>
  );
}

/** The register of appointments with its history (issue 15 item 7, C1; 遵守基準 基準1(1)・基準2(1)). */
export function AppointmentsPage() {
  const { t, label, date } = useI18n();
  const can = useCan();
  const appts = useAppointments();
  const manage = can("ec.records.manage");
  return (
    <Stack>
      <PageTitle title={t("ecr.appt.title")} description={t("ecr.appt.help")} />
      <AppointmentsCard />
      {manage && <AppointForm />}
      {appts.isPending && <Loading />}
      {appts.isError && <ErrorAlert error={appts.error} />}
      {appts.data && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            {t("ecr.appt.history")}
          </Title>
          <Table fz="sm" data-testid="appointments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("ecr.appt.post")}</Table.Th>
                <Table.Th>{t("ecr.appt.person")}</Table.Th>
                <Table.Th>{t("ecr.appt.from")}</Table.Th>
                <Table.Th>{t("ecr.appt.until")}</Table.Th>
                <Table.Th>{t("ecr.appt.note")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {appts.data.items.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{label(EC_POST_LABELS[a.post])}</Table.Td>
                  <Table.Td>
                    {a.user.displayName}{" "}
                    {a.current && (
                      <Badge size="sm" color="green" variant="light">
                        {t("ecr.appt.open")}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{date(a.fromDate)}</Table.Td>
                  <Table.Td>{a.untilDate ? date(a.untilDate) : "—"}</Table.Td>
                  <Table.Td>{a.note}</Table.Td>
                  <Table.Td>{manage && a.untilDate === null && <EndTerm a={a} />}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
