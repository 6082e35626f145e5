import { Button, Card, Checkbox, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { HUB_SCOPE_LABELS, HUB_SCOPES, type HubScope } from "@renkei/domain";
import { useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { insightApi } from "./api";
import { useGrants, useHubs, useInsightMutation } from "./queries";

/** A member grants, narrows and revokes what each hub may read (issue 16 §5, seed 000 fn 16). */
export function HubAccessPage() {
  const { t } = useI18n();
  const hubs = useHubs();
  const grants = useGrants();
  return (
    <Stack>
      <PageTitle title={t("hub.title")} description={t("hub.help")} />
      {(hubs.isPending || grants.isPending) && <Loading />}
      {hubs.isError && <ErrorAlert error={hubs.error} />}
      {hubs.data?.items.length === 0 && <Text>{t("hub.noHubs")}</Text>}
      {hubs.data &&
        grants.data &&
        hubs.data.items.map((hub) => (
          <HubCard
            key={hub.id}
            hub={hub}
            grant={grants.data.items.find((g) => g.hubInstitutionId === hub.id) ?? null}
          />
        ))}
    </Stack>
  );
}

function HubCard({
  hub,
  grant,
}: {
  hub: { id: string; name: { ja: string; en: string } };
  grant: { scopes: HubScope[]; grantedAt: string; revokedAt: string | null } | null;
}) {
  const { t, label, date } = useI18n();
  const active = grant !== null && grant.revokedAt === null;
  const [scopes, setScopes] = useState<string[]>(active ? grant.scopes : ["registry"]);
  const [confirming, setConfirming] = useState(false);
  const save = useInsightMutation(() => insightApi.grant(hub.id, scopes as HubScope[]));
  const revoke = useInsightMutation(() => insightApi.revoke(hub.id));
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={3}>{label(hub.name)}</Title>
          <Text c={active ? "green" : "dimmed"}>
            {active
              ? t("hub.active", { date: date(grant.grantedAt) })
              : grant?.revokedAt
                ? t("hub.revoked", { date: date(grant.revokedAt) })
                : t("hub.none")}
          </Text>
        </Group>
        <Checkbox.Group value={scopes} onChange={setScopes}>
          <Stack gap="xs">
            {HUB_SCOPES.map((s) => (
              <Checkbox key={s} value={s} label={label(HUB_SCOPE_LABELS[s])} />
            ))}
          </Stack>
        </Checkbox.Group>
        {save.isError && <ErrorAlert error={save.error} />}
        <Group>
          <Button
            onClick={() => save.mutate(undefined)}
            loading={save.isPending}
            disabled={scopes.length === 0}
          >
            {t("hub.grant")}
          </Button>
          {active && (
            <Button color="red" variant="light" onClick={() => setConfirming(true)}>
              {t("hub.revoke")}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t("hub.revoke")}>
        <Stack>
          <Text>{t("hub.revokeConfirm", { name: label(hub.name) })}</Text>
          {revoke.isError && <ErrorAlert error={revoke.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setConfirming(false) })}
            >
              {t("hub.revoke")}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
