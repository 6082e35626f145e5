import { Anchor, Button, Group, Select, Stack, Table, Text } from "@mantine/core";
import { LICENCE_APPLICATION_STATUSES, type LicenceApplicationStatus } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { ExpiryBadge } from "./expiry-badge";
import { LICENCE_STATUS_COLOR } from "./labels";
import { useLicences } from "./queries";

/** 許可申請: every application, soonest expiry first, with expiry warnings. */
export function LicenceListPage() {
  const { t, date } = useI18n();
  const can = useCan();
  const [status, setStatus] = useState<LicenceApplicationStatus | null>(null);
  const list = useLicences(status ?? undefined);
  const expiring = list.data?.items.filter((l) => l.expiry === "soon").length ?? 0;
  return (
    <Stack>
      <PageTitle
        title={t("licences.title")}
        description={t("licences.help")}
        actions={
          can("licence.manage") && (
            <Button component={Link} to="/licences/new">
              {t("licences.new")}
            </Button>
          )
        }
      />
      {expiring > 0 && (
        <Text c="red" fw={600}>
          {t("licences.expiringCount", { n: expiring })}
        </Text>
      )}
      <Group>
        <Select
          aria-label={t("ec.status")}
          placeholder={t("ec.allStatuses")}
          clearable
          value={status}
          onChange={(v) => setStatus(v as LicenceApplicationStatus | null)}
          data={LICENCE_APPLICATION_STATUSES.map((s) => ({
            value: s,
            label: t(`licences.status.${s}` as MessageKey),
          }))}
        />
      </Group>
      {list.isPending && <Loading />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.items.length === 0 && <Text c="dimmed">{t("ec.empty")}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={820}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("licences.titleField")}</Table.Th>
                <Table.Th>{t("licences.metiNumber")}</Table.Th>
                <Table.Th>{t("licences.validity")}</Table.Th>
                <Table.Th>{t("licences.link")}</Table.Th>
                <Table.Th>{t("ec.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/licences/${l.id}`} fw={600}>
                      {l.title}
                    </Anchor>
                    {l.holderName && (
                      <Text size="xs" c="dimmed">
                        {l.holderName}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{l.metiNumber ?? "—"}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {l.validUntil ? `${date(l.validFrom)} 〜 ${date(l.validUntil)}` : "—"}{" "}
                    <ExpiryBadge licence={l} />
                  </Table.Td>
                  <Table.Td>{l.linkRef ?? "—"}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <StatusBadge
                      prefix="licences.status"
                      status={l.status}
                      color={LICENCE_STATUS_COLOR[l.status]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
