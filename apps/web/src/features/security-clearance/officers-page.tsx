import { Card, Group, Select, Stack, Title } from "@mantine/core";
import { hasPermission } from "@renkei/domain";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useUsers } from "../partners/queries";
import { clearanceApi, type TClearanceOfficers, useClearanceMutation, useClearanceOfficers } from "./api";

type Officer = TClearanceOfficers["items"][number];

/**
 * The administrator designates who keeps the clearance register (J9). Designating grants no read:
 * the register opens only to a person whose role holds `clearance.register` AND who is designated.
 */
export function ClearanceOfficersPage() {
  const { t, dateTime } = useI18n();
  const officers = useClearanceOfficers();
  const users = useUsers();
  const [userId, setUserId] = useState<string | null>(null);
  const designate = useClearanceMutation((id: string) => clearanceApi.designate(id));
  if (officers.isPending) {
    return <Loading />;
  }
  if (officers.error) {
    return <ErrorAlert error={officers.error} />;
  }
  const designated = new Set(officers.data.items.map((o) => o.userId));
  // Only people whose role may keep the register are offered: designating anyone else would open nothing.
  const candidates = (users.data?.items ?? []).filter(
    (u) => hasPermission(u.role, "clearance.register") && !designated.has(u.id),
  );
  const chosen = candidates.find((u) => u.id === userId);
  return (
    <Stack>
      <PageTitle title={t("clr.officers.title")} description={t("clr.officers.help")} />
      <DataTable<Officer>
        rows={officers.data.items}
        rowKey={(o) => o.userId}
        fileName="clearance-officers"
        columns={[
          { key: "name", header: t("clr.officers.person"), value: (o) => o.name },
          {
            key: "since",
            header: t("clr.officers.since"),
            value: (o) => dateTime(o.designatedAt),
            sortValue: (o) => o.designatedAt,
          },
        ]}
      />
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t("clr.officers.designate")}
        </Title>
        <Group align="flex-end">
          <Select
            label={t("clr.officers.person")}
            data={candidates.map((u) => ({ value: u.id, label: u.displayName }))}
            value={userId}
            onChange={setUserId}
            searchable
            w={280}
          />
          <ConfirmButton
            disabled={!chosen}
            loading={designate.isPending}
            title={t("clr.officers.designateTitle")}
            message={t("clr.officers.designateMessage", { name: chosen?.displayName ?? "" })}
            onConfirm={() => chosen && designate.mutate(chosen.id, { onSuccess: () => setUserId(null) })}
          >
            {t("clr.officers.designate")}
          </ConfirmButton>
        </Group>
        {designate.isError && <ErrorAlert error={designate.error} />}
      </Card>
    </Stack>
  );
}
