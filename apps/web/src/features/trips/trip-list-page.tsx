import { Anchor, Button, Group, SegmentedControl, Select, Stack, Table, Text } from "@mantine/core";
import { TRIP_STATUSES, type TripStatus } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { OutcomeBadge, StatusBadge } from "../ec-shared/outcome-badge";
import { TRIP_STATUS_COLOR } from "./labels";
import { useTrips } from "./queries";

/** 出張: the caller's trips; the export-control office works from the whole institution's queue. */
export function TripListPage() {
  const { t, date, country } = useI18n();
  const can = useCan();
  const officer = can("trip.read_all");
  const [scope, setScope] = useState<"mine" | "all">(officer ? "all" : "mine");
  const [status, setStatus] = useState<TripStatus | null>(officer ? "submitted" : null);
  const list = useTrips(scope, status ?? undefined);
  return (
    <Stack>
      <PageTitle
        title={t("trips.title")}
        description={t("trips.help")}
        actions={
          can("trip.file") && (
            <Button component={Link} to="/trips/new">
              {t("trips.new")}
            </Button>
          )
        }
      />
      <Group>
        {officer && (
          <SegmentedControl
            value={scope}
            onChange={(v) => setScope(v as "mine" | "all")}
            data={[
              { value: "all", label: t("ec.scope.all") },
              { value: "mine", label: t("ec.scope.mine") },
            ]}
          />
        )}
        <Select
          aria-label={t("ec.status")}
          placeholder={t("ec.allStatuses")}
          clearable
          value={status}
          onChange={(v) => setStatus(v as TripStatus | null)}
          data={TRIP_STATUSES.map((s) => ({ value: s, label: t(`trips.status.${s}` as MessageKey) }))}
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
                <Table.Th>{t("trips.ref")}</Table.Th>
                <Table.Th>{t("trips.traveller")}</Table.Th>
                <Table.Th>{t("trips.destination")}</Table.Th>
                <Table.Th>{t("trips.dates")}</Table.Th>
                <Table.Th>{t("ec.outcome")}</Table.Th>
                <Table.Th>{t("ec.status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((trip) => (
                <Table.Tr key={trip.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/trips/${trip.id}`} fw={600}>
                      {trip.ref}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {trip.purpose}
                    </Text>
                  </Table.Td>
                  <Table.Td>{trip.travellerName}</Table.Td>
                  <Table.Td>
                    {country(trip.destinationCountry)} {trip.destinationCity}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    {date(trip.departOn)} 〜 {date(trip.returnOn)}
                  </Table.Td>
                  <Table.Td>
                    <OutcomeBadge outcome={trip.outcome} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <StatusBadge
                      prefix="trips.status"
                      status={trip.status}
                      color={TRIP_STATUS_COLOR[trip.status]}
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
