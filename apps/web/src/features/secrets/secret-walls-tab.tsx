import {
  Alert,
  Button,
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
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { useUsers } from "../partners/queries";
import { PartnerPicker } from "../people/partner-picker";
import { secretsApi, type WallApproval as TWallApproval } from "./api";

/**
 * Walls between competing partners (issue 12 item 5, H9, seed 001 case 26): the competitor marks, the
 * walls report and the officer's recorded approval to cross a wall (asked to confirm before it is saved).
 */
export function SecretWallsTab() {
  const can = useCan();
  return (
    <Stack>
      {can("secret.walls") && <CompetitorPairs />}
      {can("secret.manage") && (
        <>
          <WallsReport />
          <WallApproval />
          <WallApprovals />
        </>
      )}
    </Stack>
  );
}

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ["secrets"] });
}

function CompetitorPairs() {
  const { t, date } = useI18n();
  const refresh = useRefresh();
  const pairs = useQuery({ queryKey: ["secrets", "competitors"], queryFn: () => secretsApi.competitors() });
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const mark = useMutation({
    mutationFn: () => secretsApi.markCompetitors(a!, b!, note),
    onSuccess: () => {
      setA(null);
      setB(null);
      setNote("");
      refresh();
    },
  });
  const unmark = useMutation({
    mutationFn: (id: string) => secretsApi.unmarkCompetitors(id),
    onSuccess: refresh,
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t("secrets.walls.pairs")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("secrets.walls.pairsHelp")}
      </Text>
      {pairs.isPending ? (
        <Loading />
      ) : pairs.isError ? (
        <ErrorAlert error={pairs.error} />
      ) : pairs.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("secrets.walls.noPairs")}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("secrets.walls.partnerA")}</Table.Th>
              <Table.Th>{t("secrets.walls.partnerB")}</Table.Th>
              <Table.Th>{t("secrets.walls.note")}</Table.Th>
              <Table.Th>{t("secrets.walls.markedAt")}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.partnerA?.name ?? "—"}</Table.Td>
                <Table.Td>{p.partnerB?.name ?? "—"}</Table.Td>
                <Table.Td>{p.note || "—"}</Table.Td>
                <Table.Td>{date(p.markedAt)}</Table.Td>
                <Table.Td>
                  <ConfirmButton
                    size="xs"
                    variant="light"
                    title={t("secrets.walls.unmarkQuestion")}
                    loading={unmark.isPending}
                    onConfirm={() => unmark.mutate(p.id)}
                  >
                    {t("secrets.walls.unmark")}
                  </ConfirmButton>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end" mt="sm">
        <PartnerPicker label={t("secrets.walls.partnerA")} value={a} onChange={(id) => setA(id)} />
        <PartnerPicker label={t("secrets.walls.partnerB")} value={b} onChange={(id) => setB(id)} />
        <TextInput
          label={t("secrets.walls.note")}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Button disabled={!a || !b} loading={mark.isPending} onClick={() => mark.mutate()}>
          {t("secrets.walls.mark")}
        </Button>
      </Group>
      {mark.error ? <ErrorAlert error={mark.error} /> : null}
      {unmark.error ? <ErrorAlert error={unmark.error} /> : null}
    </Paper>
  );
}

function WallsReport() {
  const { t, listSep } = useI18n();
  const report = useQuery({ queryKey: ["secrets", "walls"], queryFn: () => secretsApi.walls() });
  const names = (xs: ({ name: string } | null)[]) => xs.map((x) => x?.name ?? "—").join(listSep) || "—";
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t("secrets.walls.report")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("secrets.walls.reportHelp")}
      </Text>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorAlert error={report.error} />
      ) : report.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("secrets.walls.noRows")}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("secrets.walls.person")}</Table.Th>
              <Table.Th>{t("secrets.walls.holds")}</Table.Th>
              <Table.Th>{t("secrets.walls.approved")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.data.rows.map((r) => (
              <Table.Tr key={r.user?.id ?? r.partners.map((p) => p?.id).join()}>
                <Table.Td>{r.user?.name ?? "—"}</Table.Td>
                <Table.Td>{names(r.partners)}</Table.Td>
                <Table.Td>{names(r.approved)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function WallApproval() {
  const { t } = useI18n();
  const refresh = useRefresh();
  const users = useUsers();
  const [userId, setUserId] = useState<string | null>(null);
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [why, setWhy] = useState("");
  const approve = useMutation({
    mutationFn: () => secretsApi.approveWall(userId!, partnerId!, why),
    onSuccess: () => {
      setUserId(null);
      setPartnerId(null);
      setWhy("");
      refresh();
    },
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4">
        {t("secrets.walls.approve")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("secrets.walls.approveHelp")}
      </Text>
      <Group align="flex-end">
        <Select
          label={t("secrets.walls.user")}
          searchable
          value={userId}
          onChange={setUserId}
          data={(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        />
        <PartnerPicker
          label={t("secrets.walls.partner")}
          value={partnerId}
          onChange={(id) => setPartnerId(id)}
        />
      </Group>
      <Textarea
        mt="sm"
        label={t("secrets.walls.justification")}
        value={why}
        onChange={(e) => setWhy(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      <Group mt="sm">
        <ConfirmButton
          title={t("secrets.walls.approveQuestion")}
          disabled={!userId || !partnerId || !why.trim()}
          loading={approve.isPending}
          onConfirm={() => approve.mutate()}
        >
          {t("secrets.walls.approveButton")}
        </ConfirmButton>
      </Group>
      {approve.isSuccess && (
        <Alert color="green" mt="sm">
          {t("secrets.walls.saved")}
        </Alert>
      )}
      {approve.error ? <ErrorAlert error={approve.error} /> : null}
    </Paper>
  );
}

/** The approvals on record; one in force can be withdrawn with its reason (the wall closes again). */
function WallApprovals() {
  const { t, date } = useI18n();
  const approvals = useQuery({
    queryKey: ["secrets", "wall-approvals"],
    queryFn: () => secretsApi.wallApprovals(),
  });
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t("secrets.walls.approvals")}
      </Title>
      {approvals.isPending ? (
        <Loading />
      ) : approvals.isError ? (
        <ErrorAlert error={approvals.error} />
      ) : approvals.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("secrets.walls.noApprovals")}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("secrets.walls.user")}</Table.Th>
              <Table.Th>{t("secrets.walls.partner")}</Table.Th>
              <Table.Th>{t("secrets.walls.justification")}</Table.Th>
              <Table.Th>{t("secrets.walls.approvedBy")}</Table.Th>
              <Table.Th>{t("secrets.walls.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {approvals.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.user?.name ?? "—"}</Table.Td>
                <Table.Td>{a.partner?.name ?? "—"}</Table.Td>
                <Table.Td>{a.justification}</Table.Td>
                <Table.Td>
                  {a.approvedBy?.name ?? "—"} {date(a.approvedAt)}
                </Table.Td>
                <Table.Td>
                  {a.withdrawnAt ? (
                    <Text size="sm">
                      {t("secrets.walls.withdrawnOn", {
                        date: date(a.withdrawnAt),
                        name: a.withdrawnBy?.name ?? "—",
                      })}
                      <br />
                      {a.withdrawalReason}
                    </Text>
                  ) : (
                    <WithdrawApproval approval={a} />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function WithdrawApproval({ approval }: { approval: TWallApproval }) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [reason, setReason] = useState("");
  const withdraw = useMutation({
    mutationFn: () => secretsApi.withdrawWall(approval.id, reason),
    onSuccess: refresh,
  });
  return (
    <Stack gap="xs">
      <Text size="sm">{t("secrets.walls.inForce")}</Text>
      <TextInput
        size="xs"
        label={t("secrets.walls.withdrawReason")}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
      <ConfirmButton
        size="xs"
        variant="light"
        title={t("secrets.walls.withdrawQuestion")}
        disabled={!reason.trim()}
        loading={withdraw.isPending}
        onConfirm={() => withdraw.mutate()}
      >
        {t("secrets.walls.withdraw")}
      </ConfirmButton>
      {withdraw.error ? <ErrorAlert error={withdraw.error} /> : null}
    </Stack>
  );
}
