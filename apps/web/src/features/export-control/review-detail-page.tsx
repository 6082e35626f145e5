import {
  Accordion,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Timeline,
  Title,
} from "@mantine/core";
import {
  DECISION_BODY_LABELS,
  RESULT_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_EVENT_LABELS,
  REVIEW_STATUS_LABELS,
} from "@renkei/domain";
import { Link, useLocation, useNavigate, useParams } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { AskDeskButton } from "../desk/ask-desk-button";
import { HubAdviceCard } from "../insight/hub-advice-card";
import { AppliedPolicy } from "../policies/applied-policy";
import { exportControlApi } from "./api";
import { DeterminationView, OutcomeBadge } from "./determination-view";
import { EvidenceSection } from "./evidence-section";
import { useDeleteRecord, useReview } from "./queries";
import { ReviewActions } from "./review-actions";
import { STATUS_COLORS } from "./review-list-page";
import { RuleViolationAlert } from "./rule-violation-alert";

export function ReviewDetailPage() {
  const i18n = useI18n();
  const { t, label, date, dateTime, country } = i18n;
  const { id = "" } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const can = useCan();
  const review = useReview(id);
  const del = useDeleteRecord("review");

  if (review.isPending) {
    return <Loading />;
  }
  if (review.isError) {
    return <ErrorAlert error={review.error} />;
  }
  const d = review.data;
  const [current, ...others] = d.determinations;
  const editable = d.actions.some((a) => a.action === "edit" && a.allowed);

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/export-control/reviews" size="sm">
        ← {t("ec.rv.title")}
      </Anchor>
      <PageTitle
        title={`${d.refNo} ${d.title}`}
        description={
          <Group gap="xs" component="span">
            <Badge color={STATUS_COLORS[d.status]} data-testid="review-status" data-status={d.status}>
              {label(REVIEW_STATUS_LABELS[d.status])}
            </Badge>
            <OutcomeBadge outcome={d.outcome} />
            {d.decision && <Badge variant="outline">{label(REVIEW_DECISION_LABELS[d.decision])}</Badge>}
          </Group>
        }
        actions={
          <>
            <AskDeskButton kind="review" id={d.id} />
            <Button component="a" href={exportControlApi.reviewDocUrl(d.id, "pdf")} variant="default">
              {t("ec.rv.downloadPdf")}
            </Button>
            <Button component="a" href={exportControlApi.reviewDocUrl(d.id, "xlsx")} variant="default">
              {t("ec.rv.downloadXlsx")}
            </Button>
          </>
        }
      />
      {(location.state as { created?: boolean } | null)?.created && (
        <Alert color="green" role="status">
          {t("ec.rv.created")}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <DetailList
          items={[
            { label: t("ec.rv.applicant"), value: d.applicant.displayName },
            {
              label: t("ec.rv.enteredBy"),
              value:
                d.enteredBy.id === d.applicant.id
                  ? d.enteredBy.displayName
                  : `${d.enteredBy.displayName}${i18n.paren(t("ec.rv.proxy"))}`,
            },
            { label: t("ec.rv.department"), value: d.departmentName },
            {
              label: t("ec.rv.counterparty"),
              value: [d.counterpartyName, d.counterpartyCountry ? country(d.counterpartyCountry) : null]
                .filter(Boolean)
                .join(" / "),
            },
            { label: t("ec.rv.plannedOn"), value: date(d.plannedOn) },
            {
              label: t("ec.rv.case"),
              value: d.case ? (
                <Anchor component={Link} to={`/cases/${d.case.id}`} size="sm">
                  {d.case.ref} {d.case.title}
                </Anchor>
              ) : null,
            },
            {
              // Which party of the case this review covers (one review per foreign partner and per
              // non-resident / 特定類型 participant, issue 15).
              label: t("ec.rv.caseSubject"),
              value: d.case
                ? d.caseSubject
                  ? `${t(`ec.rv.caseSubject.${d.caseSubject.kind}`)}: ${d.caseSubject.name}`
                  : t("ec.rv.caseSubject.whole")
                : null,
            },
            { label: t("ec.rv.description"), value: d.description },
            { label: t("ec.rv.submittedAt"), value: dateTime(d.submittedAt) },
            {
              label: t("ec.rv.deptApproved"),
              value: d.deptApprovedBy
                ? `${d.deptApprovedBy.displayName}${i18n.paren(dateTime(d.deptApprovedAt))}`
                : null,
            },
            {
              label: t("ec.rv.decision"),
              value: d.decision
                ? `${label(REVIEW_DECISION_LABELS[d.decision])}${d.decisionBody ? `${i18n.paren(label(DECISION_BODY_LABELS[d.decisionBody]))}` : ""}`
                : null,
            },
            { label: t("ec.rv.conditions"), value: d.conditions },
            { label: t("ec.rv.decisionReason"), value: d.decisionReason },
            { label: t("ec.rv.decisionNote"), value: d.decisionNote },
            {
              label: t("ec.rv.decidedBy"),
              value: d.decidedBy ? `${d.decidedBy.displayName}${i18n.paren(dateTime(d.decidedAt))}` : null,
            },
            { label: t("ec.cl.retentionUntil"), value: date(d.retentionUntil) },
          ]}
        />
        <AppliedPolicy decision="review" on={d.decidedAt} />
      </Paper>
      <ReviewActions review={d} />
      {current && (
        <DeterminationView
          result={current.result}
          next={
            d.status === "decided"
              ? t("ec.rv.next.decided")
              : d.status === "dept_review" || d.status === "officer_review"
                ? t("ec.rv.next.inReview")
                : undefined
          }
        />
      )}
      {others.length > 0 && (
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t("ec.rv.determinations")}
          </Title>
          <Accordion variant="separated">
            {others.map((o) => (
              <Accordion.Item key={o.id} value={o.id}>
                <Accordion.Control>
                  <Group gap="xs">
                    <Text size="sm">
                      {t(
                        o.purpose === "rerun"
                          ? "ec.rv.determination.rerun"
                          : "ec.rv.determination.submission",
                      )}{" "}
                      · {t("ec.result.asOf")} {o.asOf}
                    </Text>
                    <OutcomeBadge outcome={o.outcome} />
                    <Text size="xs" c="dimmed">
                      {o.assessedBy?.displayName} {dateTime(o.assessedAt)}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <DeterminationView result={o.result} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Paper>
      )}
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t("ec.rv.classifications")}
        </Title>
        {d.classifications.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t("common.none")}
          </Text>
        ) : (
          <List>
            {d.classifications.map((c) => (
              <List.Item key={c.id}>
                <Anchor component={Link} to={`/export-control/classifications/${c.id}`}>
                  {c.refNo} {c.name}
                </Anchor>{" "}
                <Text span size="sm" c="dimmed">
                  {label(RESULT_LABELS[c.determination])}
                  {c.listItem ? ` ${c.listItem}` : ""}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <EvidenceSection
        owner={{ reviewId: d.id }}
        files={d.evidence}
        canWrite={editable || (d.status === "officer_review" && can("export.review.decide"))}
      />
      <Paper withBorder p="lg" component="section" aria-label={t("ec.rv.trail")}>
        <Title order={2} size="h4" mb="md">
          {t("ec.rv.trail")}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={d.events.length}>
          {d.events.map((e) => (
            <Timeline.Item
              key={e.id}
              title={`${label(REVIEW_EVENT_LABELS[e.action] ?? { ja: e.action, en: e.action })}`}
            >
              <Text size="xs" c="dimmed">
                {dateTime(e.at)} · {e.actor?.displayName}
              </Text>
              {e.comment && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {e.comment}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
      {del.error && <RuleViolationAlert error={del.error} />}
      {can("export.records.delete") && (
        <Group>
          <ConfirmButton
            variant="subtle"
            color="red"
            loading={del.isPending}
            title={t("ec.deleteConfirm")}
            onConfirm={() => del.mutate(d.id, { onSuccess: () => navigate("/export-control/reviews") })}
          >
            {t("ec.delete")}
          </ConfirmButton>
        </Group>
      )}
      <HubAdviceCard subjectKind="review" subjectId={d.id} />
    </Stack>
  );
}
