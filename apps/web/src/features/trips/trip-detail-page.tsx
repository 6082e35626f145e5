import { Alert, Anchor, Button, Code, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { TripDecision } from "@renkei/domain";
import { Link, useParams } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { AskDeskButton } from "../desk/ask-desk-button";
import { PartyScreeningPanel } from "../ec-records/party-screening-panel";
import { DecisionPanel, DecisionText } from "../ec-shared/decision-panel";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { RuleErrorAlert } from "../ec-shared/rule-error";
import { tripsApi } from "./api";
import { TripAssessmentView } from "./assessment-view";
import { CLEARANCE_COLOR, classLabel, TRIP_STATUS_COLOR } from "./labels";
import { useTrip, useTripMutation } from "./queries";

export function TripDetailPage() {
  const i18n = useI18n();
  const { t, date, dateTime, country } = i18n;
  const { id = "" } = useParams();
  const trip = useTrip(id);
  const decide = useTripMutation((d: { decision: TripDecision; reason: string; comment: string }) =>
    tripsApi.decide(id, d),
  );
  const withdraw = useTripMutation((reason: string) => tripsApi.withdraw(id, reason));
  if (trip.isPending) {
    return <Loading />;
  }
  if (trip.isError) {
    return <ErrorAlert error={trip.error} />;
  }
  const d = trip.data;
  return (
    <Stack>
      <Anchor component={Link} to="/trips" size="sm">
        ← {t("trips.title")}
      </Anchor>
      <PageTitle
        title={`${t("trips.trip")} ${d.ref}`}
        description={`${country(d.destinationCountry)} ${d.destinationCity}　${date(d.departOn)}${i18n.rangeSep}${date(d.returnOn)}`}
        actions={
          <>
            <AskDeskButton kind="trip" id={d.id} />
            {d.canRevise && (
              <Button variant="default" component={Link} to={`/trips/${d.id}/edit`}>
                {t("trips.revise")}
              </Button>
            )}
            {d.canRevise && (
              <ConfirmButton
                variant="subtle"
                color="red"
                loading={withdraw.isPending}
                title={t("trips.withdrawConfirm")}
                message={t("trips.withdrawConfirmHelp")}
                reason={{ required: false }}
                onConfirm={(reason) => withdraw.mutate(reason)}
              >
                {t("trips.withdraw")}
              </ConfirmButton>
            )}
          </>
        }
      />
      {withdraw.error ? <RuleErrorAlert error={withdraw.error} /> : null}
      <Paper withBorder p="md" data-testid="clearance">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {t("trips.clearanceRef")}
            </Text>
            <Text fw={700} size="xl" ff="monospace">
              {d.ref}
            </Text>
            <Text size="xs" c="dimmed">
              {t("trips.clearanceHelp")} <Code>GET /api/v1/clearances/{d.ref}</Code>
            </Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <StatusBadge prefix="trips.clearance" status={d.clearance} color={CLEARANCE_COLOR[d.clearance]} />
            <StatusBadge prefix="trips.status" status={d.status} color={TRIP_STATUS_COLOR[d.status]} />
            {d.validUntil && <Text size="sm">{t("trips.validUntil", { date: date(d.validUntil) })}</Text>}
          </Stack>
        </Group>
      </Paper>
      {d.status === "more_info_requested" && (
        <Alert color="orange" title={t("trips.status.more_info_requested")}>
          <DecisionText reason={d.decisionReason} comment={d.decisionComment} />
        </Alert>
      )}
      {(d.status === "refused" || d.status === "cleared") && (d.decisionReason || d.decisionComment) && (
        <Alert color={d.status === "refused" ? "red" : "green"} title={t("trips.officerComment")}>
          <DecisionText reason={d.decisionReason} comment={d.decisionComment} />
        </Alert>
      )}
      <PartyScreeningPanel
        screening={d.counterpartScreening}
        decidePath={`/trips/${d.id}/screening/decision`}
        open={d.status === "submitted" || d.status === "more_info_requested"}
      />
      <Paper withBorder p="md">
        <DetailList
          items={[
            { label: t("trips.traveller"), value: d.travellerName },
            { label: t("trips.purpose"), value: d.purpose },
            { label: t("trips.revision"), value: String(d.revision) },
            { label: t("ec.retainUntil"), value: date(d.retainUntil) },
          ]}
        />
        <Title order={3} size="h5" mt="md">
          {t("trips.whom")}
        </Title>
        {d.meetings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("common.none")}
          </Text>
        ) : (
          <Table fz="sm">
            <Table.Tbody>
              {d.meetings.map((m) => (
                <Table.Tr key={`${m.organisation}|${m.country}|${m.name}`}>
                  <Table.Td>{m.organisation}</Table.Td>
                  <Table.Td>{country(m.country)}</Table.Td>
                  <Table.Td>{m.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Title order={3} size="h5" mt="md">
          {t("trips.what")}
        </Title>
        <Table fz="sm">
          <Table.Tbody>
            {d.items.map((item) => (
              <Table.Tr key={`${item.description}|${item.mode}|${item.classification}`}>
                <Table.Td>{item.description}</Table.Td>
                <Table.Td>{t(`trips.mode.${item.mode}` as MessageKey)}</Table.Td>
                <Table.Td>{classLabel(i18n, item.classification)}</Table.Td>
                <Table.Td>{item.published ? t("trips.published") : t("trips.unpublished")}</Table.Td>
                <Table.Td>{t(`trips.purpose.${item.purpose}` as MessageKey)}</Table.Td>
                <Table.Td>{item.classificationRef}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <TripAssessmentView trip={d} />
      {d.licences.length > 0 && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t("trips.licences")}
          </Title>
          {d.licences.map((l) => (
            <Text key={l.id} size="sm">
              <Anchor component={Link} to={`/licences/${l.id}`}>
                {l.title}
              </Anchor>{" "}
              — {t(`licences.status.${l.status}` as MessageKey)} {l.metiNumber ?? ""}{" "}
              {l.validUntil ? t("licences.until", { date: date(l.validUntil) }) : ""}
            </Text>
          ))}
        </Paper>
      )}
      {d.canDecide && (
        <DecisionPanel<TripDecision>
          title={t("trips.decide")}
          help={t("trips.decideHelp")}
          pending={decide.isPending}
          error={decide.error}
          onDecide={(decision, reason, comment) => decide.mutate({ decision, reason, comment })}
          actions={[
            { value: "clear", label: t("trips.decision.clear"), color: "green" },
            { value: "request_info", label: t("trips.decision.request_info"), color: "orange" },
            { value: "refuse", label: t("trips.decision.refuse"), color: "red" },
          ]}
        />
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("ec.history")}
        </Title>
        <Table fz="sm">
          <Table.Tbody>
            {d.reviews.map((r) => (
              <Table.Tr key={`${r.at}|${r.action}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{dateTime(r.at)}</Table.Td>
                <Table.Td>{t(`trips.action.${r.action}` as MessageKey)}</Table.Td>
                <Table.Td>{r.actorName ?? t("ec.system")}</Table.Td>
                <Table.Td>{t(`ec.outcome.${r.outcome}` as MessageKey)}</Table.Td>
                <Table.Td>{r.comment}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
