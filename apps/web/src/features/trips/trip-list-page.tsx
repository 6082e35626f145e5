import { Anchor, Button, Group, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { TRIP_STATUSES, type TripStatus } from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/ui/data-table";
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
  const { t, date, country, rangeSep } = useI18n();
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
        <DataTable
          rows={list.data.items}
          rowKey={(trip) => trip.id}
          fileName="trips"
          testId="trip-list"
          columns={[
            {
              key: "ref",
              header: t("trips.ref"),
              value: (trip) => trip.ref,
              render: (trip) => (
                <>
                  <Anchor component={Link} to={`/trips/${trip.id}`} fw={600}>
                    {trip.ref}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {trip.purpose}
                  </Text>
                </>
              ),
            },
            { key: "purpose", header: t("trips.purpose"), value: (trip) => trip.purpose },
            {
              key: "traveller",
              header: t("trips.traveller"),
              value: (trip) => trip.travellerName,
              filter: true,
            },
            {
              key: "destination",
              header: t("trips.destination"),
              value: (trip) => `${country(trip.destinationCountry)} ${trip.destinationCity}`.trim(),
              filter: true,
            },
            {
              key: "dates",
              header: t("trips.dates"),
              value: (trip) => `${date(trip.departOn)}${rangeSep}${date(trip.returnOn)}`,
              sortValue: (trip) => trip.departOn,
            },
            {
              key: "outcome",
              header: t("ec.outcome"),
              value: (trip) => t(`ec.outcome.${trip.outcome}` as MessageKey),
              render: (trip) => <OutcomeBadge outcome={trip.outcome} />,
              filter: true,
            },
            {
              key: "status",
              header: t("ec.status"),
              value: (trip) => t(`trips.status.${trip.status}` as MessageKey),
              render: (trip) => (
                <StatusBadge
                  prefix="trips.status"
                  status={trip.status}
                  color={TRIP_STATUS_COLOR[trip.status]}
                />
              ),
              filter: true,
            },
          ]}
        />
      )}
    </Stack>
  );
}
