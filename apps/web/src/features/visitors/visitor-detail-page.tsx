import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { VisitorDecision } from "@renkei/domain";
import { Link, useParams } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { AskDeskButton } from "../desk/ask-desk-button";
import { PartyScreeningPanel } from "../ec-records/party-screening-panel";
import { DecisionPanel, DecisionText } from "../ec-shared/decision-panel";
import { StatusBadge } from "../ec-shared/outcome-badge";
import { VisitTourSection } from "../visit-tours/visit-tour-section";
import { visitorsApi } from "./api";
import { DeterminationCard } from "./determination-card";
import { FactsSection } from "./facts-section";
import { VISITOR_STATUS_COLOR } from "./labels";
import { PledgesSection } from "./pledges-section";
import { useVisitor, useVisitorMutation } from "./queries";

export function VisitorDetailPage() {
  const { t, date, dateTime, country, rangeSep } = useI18n();
  const { id = "" } = useParams();
  const visitor = useVisitor(id);
  const decide = useVisitorMutation((d: { decision: VisitorDecision; reason: string; comment: string }) =>
    visitorsApi.decide(id, d),
  );
  if (visitor.isPending) {
    return <Loading />;
  }
  if (visitor.isError) {
    return <ErrorAlert error={visitor.error} />;
  }
  const v = visitor.data;
  return (
    <Stack>
      <Anchor component={Link} to="/visitors" size="sm">
        ← {t("visitors.title")}
      </Anchor>
      <PageTitle
        title={v.fullName}
        description={
          <Group gap="xs" component="span">
            <Badge variant="outline">{t(`visitors.kind.${v.kind}` as MessageKey)}</Badge>
            <StatusBadge prefix="visitors.status" status={v.status} color={VISITOR_STATUS_COLOR[v.status]} />
            {v.reopenReason && (
              <Badge color="grape" variant="light">
                {t(`visitors.reopen.${v.reopenReason}` as MessageKey)}
              </Badge>
            )}
          </Group>
        }
        actions={<AskDeskButton kind="visitor" id={v.id} />}
      />
      {v.status === "more_info_requested" && (v.decisionReason || v.decisionComment) && (
        <Alert color="orange" title={t("visitors.status.more_info_requested")}>
          <DecisionText reason={v.decisionReason} comment={v.decisionComment} />
        </Alert>
      )}
      {(v.status === "accepted" || v.status === "refused") && v.decisionReason && (
        <Alert color={v.status === "refused" ? "red" : "green"} title={t(`visitors.status.${v.status}`)}>
          <DecisionText reason={v.decisionReason} comment={v.decisionComment} />
        </Alert>
      )}
      <Paper withBorder p="md">
        <DetailList
          items={[
            { label: t("visitors.nameEn"), value: v.nameEn },
            {
              label: t("visitors.homeOrganisation"),
              value: `${v.homeOrganisation} ${country(v.homeCountry)}`,
            },
            { label: t("visitors.host"), value: v.hostName },
            { label: t("visitors.filedBy"), value: v.filedByName },
            { label: t("visitors.purpose"), value: v.purpose },
            { label: t("visitors.stay"), value: `${date(v.stayFrom)}${rangeSep}${date(v.stayUntil)}` },
            { label: t("ec.retainUntil"), value: date(v.retainUntil) },
          ]}
        />
      </Paper>
      <DeterminationCard v={v} />
      <PartyScreeningPanel
        screening={v.screening}
        decidePath={`/visitors/${v.id}/screening/decision`}
        open={v.status !== "accepted" && v.status !== "refused"}
      />
      {v.canDecide && (
        <DecisionPanel<VisitorDecision>
          title={t("visitors.decide")}
          help={t("visitors.decideHelp")}
          pending={decide.isPending}
          error={decide.error}
          onDecide={(decision, reason, comment) => decide.mutate({ decision, reason, comment })}
          actions={[
            { value: "accept", label: t("visitors.decision.accept"), color: "green" },
            { value: "request_info", label: t("visitors.decision.request_info"), color: "orange" },
            { value: "refuse", label: t("visitors.decision.refuse"), color: "red" },
          ]}
        />
      )}
      <PledgesSection v={v} />
      <VisitTourSection visitorId={v.id} />
      <FactsSection v={v} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("ec.history")}
        </Title>
        <Table fz="sm">
          <Table.Tbody>
            {v.reviews.map((r) => (
              <Table.Tr key={`${r.at}|${r.action}`}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{dateTime(r.at)}</Table.Td>
                <Table.Td>
                  {t(`visitors.action.${r.action}` as MessageKey)}
                  {r.reason && ` (${t(`visitors.reopen.${r.reason}` as MessageKey)})`}
                </Table.Td>
                <Table.Td>{r.actorName ?? t("ec.system")}</Table.Td>
                <Table.Td>
                  {r.residency ? t(`ec.residency.${r.residency}` as MessageKey) : "—"}
                  {r.tokutei.length > 0 && ` / ${r.tokutei.join("・")}`}
                  <Text size="xs" c="dimmed">
                    {t("ec.assessedAsOf", { date: date(r.assessedAsOf) })}
                  </Text>
                </Table.Td>
                <Table.Td>{r.comment}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
