import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import {
  SECRET_DIRECTION_LABELS,
  SECRET_ORIGIN_LABELS,
  SECRET_STATUS_LABELS,
  SECRET_STORAGE_LABELS,
} from "@renkei/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { ReasonList } from "../cases/reason-list";
import { AskDeskButton } from "../desk/ask-desk-button";
import { useUsers } from "../partners/queries";
import { secretsApi } from "./api";
import { LevelBadge } from "./level-badge";
import { SecretEndForm } from "./secret-end-form";

/** One register item: facts, the caller's access with reasons, the access list and the end of it. */
export function SecretItemPage() {
  const { id = "" } = useParams();
  const { t, label, date, dateTime } = useI18n();
  const qc = useQueryClient();
  const item = useQuery({ queryKey: ["secrets", "item", id], queryFn: () => secretsApi.get(id) });
  const users = useUsers();
  const [userId, setUserId] = useState("");
  const [canDownload, setCanDownload] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: ["secrets"] });
  const grant = useMutation({
    mutationFn: () => secretsApi.grant(id, userId, canDownload),
    onSuccess: () => {
      setUserId("");
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (grantId: string) => secretsApi.revoke(id, grantId),
    onSuccess: refresh,
  });
  if (item.isPending) {
    return <Loading />;
  }
  if (item.isError) {
    return <ErrorAlert error={item.error} />;
  }
  const i = item.data;
  const access = i.access;
  return (
    <>
      <PageTitle
        title={i.title}
        description={<LevelBadge level={i.level} />}
        actions={<AskDeskButton kind="secret" id={i.id} topic="secrets" />}
      />
      <DetailList
        items={[
          { label: t("secrets.field.description"), value: i.description || "—" },
          { label: t("secrets.field.origin"), value: label(SECRET_ORIGIN_LABELS[i.origin]) },
          { label: t("secrets.field.direction"), value: label(SECRET_DIRECTION_LABELS[i.direction]) },
          { label: t("secrets.field.partner"), value: i.partner?.name ?? "—" },
          {
            label: t("secrets.field.case"),
            value: i.case ? (
              <Anchor component={Link} to={`/cases/${i.case.id}`}>{`${i.case.ref} ${i.case.title}`}</Anchor>
            ) : (
              "—"
            ),
          },
          { label: t("secrets.field.nda"), value: i.ndaId ? t("common.yes") : "—" },
          { label: t("secrets.field.contractNote"), value: i.contractNote || "—" },
          { label: t("secrets.field.responsible"), value: i.responsible?.name },
          {
            label: t("secrets.field.storage"),
            value: `${label(SECRET_STORAGE_LABELS[i.storageKind])}${i.storageLocation ? `: ${i.storageLocation}` : ""}`,
          },
          { label: t("secrets.col.until"), value: i.secrecyUntil ? date(i.secrecyUntil) : "—" },
          { label: t("secrets.col.status"), value: label(SECRET_STATUS_LABELS[i.status]) },
        ]}
      />
      <Paper withBorder p="md" mt="md">
        <Title order={2} size="h4">
          {t("secrets.decision")}
        </Title>
        <Text size="sm" mt={4}>
          {access.download === "allow"
            ? t("secrets.decision.download")
            : access.download === "view_only"
              ? t("secrets.decision.viewOnly")
              : t("secrets.decision.view")}
        </Text>
        <ReasonList reasons={access.reasons} />
      </Paper>
      {access.manage && (
        <Paper withBorder p="md" mt="md">
          <Stack>
            <Title order={2} size="h4">
              {t("secrets.access")}
            </Title>
            {i.status === "active" && (
              <Group align="flex-end">
                <NativeSelect
                  label={t("secrets.access.user")}
                  value={userId}
                  onChange={(e) => setUserId(e.currentTarget.value)}
                  data={[
                    { value: "", label: "—" },
                    ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName })),
                  ]}
                />
                <Checkbox
                  label={t("secrets.access.download")}
                  checked={canDownload}
                  onChange={(e) => setCanDownload(e.currentTarget.checked)}
                />
                <Button disabled={!userId} loading={grant.isPending} onClick={() => grant.mutate()}>
                  {t("secrets.access.add")}
                </Button>
              </Group>
            )}
            <RefusedGrant error={grant.error} />
            {i.grants.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("secrets.access.empty")}
              </Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {i.grants.map((g) => (
                    <Table.Tr key={g.id}>
                      <Table.Td>{g.user?.name}</Table.Td>
                      <Table.Td>
                        {g.canDownload ? <Badge variant="light">{t("secrets.access.download")}</Badge> : null}
                      </Table.Td>
                      <Table.Td>
                        {g.grantedBy?.name} ・ {dateTime(g.grantedAt)}
                      </Table.Td>
                      <Table.Td>
                        {g.revokedAt ? (
                          `${t("secrets.access.ended")} ${dateTime(g.revokedAt)}`
                        ) : (
                          <Button size="xs" variant="subtle" color="red" onClick={() => revoke.mutate(g.id)}>
                            {t("secrets.access.revoke")}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Paper>
      )}
      {i.status !== "active" ? (
        <Alert color="gray" mt="md" title={label(SECRET_STATUS_LABELS[i.status])}>
          {t("secrets.end.done", { date: date(i.endedOn) })} {i.endNote}
          {i.hasCertificate && (
            <>
              {" "}
              <Anchor href={secretsApi.certificateUrl(i.id)}>{t("secrets.end.certificateLink")}</Anchor>
            </>
          )}
        </Alert>
      ) : (
        access.manage && <SecretEndForm id={i.id} />
      )}
    </>
  );
}

function RefusedGrant({ error }: { error: unknown }) {
  const reasons = (error as { details?: { reasons?: unknown[] } } | null)?.details?.reasons;
  if (!error) {
    return null;
  }
  return reasons ? (
    <Alert color="red" role="alert">
      <ReasonList reasons={reasons} />
    </Alert>
  ) : (
    <ErrorAlert error={error} />
  );
}
