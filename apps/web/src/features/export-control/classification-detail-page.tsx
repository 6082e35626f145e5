import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import {
  CLASSIFICATION_STATUS_LABELS,
  certificateProblems,
  ITEM_KIND_LABELS,
  RESULT_LABELS,
  REVIEW_STATUS_LABELS,
} from "@renkei/domain";
import { useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { DetailList } from "../../components/ui/detail-list";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { AskDeskButton } from "../desk/ask-desk-button";
import { HubAdviceCard } from "../insight/hub-advice-card";
import { exportControlApi } from "./api";
import { RESULT_COLORS } from "./classification-list-page";
import { EvidenceSection } from "./evidence-section";
import { useClassification, useClassificationStep, useDeleteRecord } from "./queries";
import { reasonText } from "./reason-text";
import { RuleViolationAlert } from "./rule-violation-alert";

export function ClassificationDetailPage() {
  const i18n = useI18n();
  const { t, label, date, dateTime } = i18n;
  const { id = "" } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const can = useCan();
  const me = useCurrentUser();
  const record = useClassification(id);
  const step = useClassificationStep(id);
  const del = useDeleteRecord("classification");
  const [comment, setComment] = useState("");

  if (record.isPending) {
    return <Loading />;
  }
  if (record.isError) {
    return <ErrorAlert error={record.error} />;
  }
  const d = record.data;
  const editable = (d.reviewStatus === "draft" || d.reviewStatus === "returned") && can("export.classify");
  const reviewing =
    d.reviewStatus === "submitted" && can("export.classify.approve") && d.preparedBy.id !== me.id;
  const certificateOk = certificateProblems(d).length === 0;

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/export-control/classifications" size="sm">
        ← {t("ec.cl.title")}
      </Anchor>
      <PageTitle
        title={`${d.refNo} ${d.name}`}
        description={
          <Group gap="xs" component="span">
            <Badge color={RESULT_COLORS[d.determination]}>
              {label(RESULT_LABELS[d.determination])}
              {d.listItem ? ` ${d.listItem}` : ""}
            </Badge>
            <Badge variant="outline">{label(CLASSIFICATION_STATUS_LABELS[d.reviewStatus])}</Badge>
            <Text span size="sm">
              {label(ITEM_KIND_LABELS[d.itemKind])}
            </Text>
          </Group>
        }
        actions={
          <>
            <AskDeskButton kind="classification" id={d.id} />
            <Button component="a" href={exportControlApi.classificationDocUrl(d.id, "pdf")} variant="default">
              {t("ec.cl.downloadPdf")}
            </Button>
            <Button
              component="a"
              href={exportControlApi.classificationDocUrl(d.id, "xlsx")}
              variant="default"
            >
              {t("ec.cl.downloadXlsx")}
            </Button>
            {certificateOk && (
              <Button component="a" href={exportControlApi.certificateUrl(d.id)} variant="light">
                {t("ec.cl.certificate")}
              </Button>
            )}
            {editable && (
              <Button component={Link} to={`/export-control/classifications/${d.id}/edit`}>
                {t("common.edit")}
              </Button>
            )}
          </>
        }
      />
      {(location.state as { created?: boolean } | null)?.created && (
        <Alert color="green" role="status">
          {t("ec.cl.created")}
        </Alert>
      )}
      {step.error && <RuleViolationAlert error={step.error} />}
      {del.error && <RuleViolationAlert error={del.error} />}
      <Paper withBorder p="lg">
        <DetailList
          items={[
            { label: t("ec.cl.model"), value: d.model },
            { label: t("ec.cl.manufacturer"), value: d.manufacturer },
            { label: t("ec.cl.description"), value: d.description },
            { label: t("ec.cl.listClause"), value: d.listClause },
            { label: t("ec.cl.assessedOn"), value: date(d.assessedOn) },
            { label: t("ec.cl.listVersion"), value: d.listVersion },
            { label: t("ec.cl.basis"), value: d.basis },
            {
              label: t("ec.cl.preparedBy"),
              value: `${d.preparedBy.displayName}${i18n.paren(dateTime(d.createdAt))}`,
            },
            {
              label: t("ec.cl.reviewer"),
              value: d.reviewer ? `${d.reviewer.displayName}${i18n.paren(dateTime(d.reviewedAt))}` : null,
            },
            { label: t("ec.cl.decisionReason"), value: d.decisionReason },
            { label: t("ec.cl.reviewComment"), value: d.reviewComment },
            { label: t("ec.cl.retentionUntil"), value: date(d.retentionUntil) },
          ]}
        />
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="md">
          {t("ec.cl.parameters")}
        </Title>
        <Table.ScrollContainer minWidth={700}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("ec.cl.param.clause")}</Table.Th>
                <Table.Th>{t("ec.cl.param.listText")}</Table.Th>
                <Table.Th>{t("ec.cl.param.specification")}</Table.Th>
                <Table.Th>{t("ec.cl.param.result")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.parameters.map((p) => (
                <Table.Tr key={`${p.clause}|${p.listText}|${p.specification}`}>
                  <Table.Td>{p.clause}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{p.listText}</Table.Td>
                  <Table.Td style={{ whiteSpace: "pre-wrap" }}>{p.specification}</Table.Td>
                  <Table.Td>
                    <Badge color={RESULT_COLORS[p.result]} variant="light">
                      {label(RESULT_LABELS[p.result])}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <EvidenceSection
        owner={{ classificationId: d.id }}
        files={d.evidence}
        canWrite={editable || (d.reviewStatus === "submitted" && can("export.classify.approve"))}
      />
      {editable && (
        <Paper withBorder p="lg">
          {d.problems.length > 0 && (
            <Alert color="yellow" title={t("ec.cl.problems")} mb="md">
              <List size="sm">
                {d.problems.map((p) => (
                  <List.Item key={p.ruleId}>{reasonText(i18n, p)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <ConfirmButton
            onConfirm={() => step.mutate({ step: "submit" })}
            loading={step.isPending}
            disabled={d.problems.length > 0}
            title={t("ec.cl.confirm.submit")}
            message={t("ec.cl.confirm.submitHelp")}
          >
            {t("ec.cl.submit")}
          </ConfirmButton>
        </Paper>
      )}
      {reviewing && (
        <Paper withBorder p="lg">
          <Textarea
            label={t("ec.rv.comment")}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group mt="md">
            <ConfirmButton
              color="green"
              loading={step.isPending}
              title={t("ec.cl.confirm.approve")}
              message={t("ec.cl.confirm.approveHelp")}
              reason={{ label: t("ec.cl.decisionReason"), required: true }}
              onConfirm={(reason) => step.mutate({ step: "approve", comment, reason })}
            >
              {t("ec.cl.approve")}
            </ConfirmButton>
            <ConfirmButton
              color="orange"
              variant="light"
              loading={step.isPending}
              title={t("ec.cl.confirm.return")}
              message={t("ec.cl.confirm.returnHelp")}
              reason={{ label: t("ec.cl.decisionReason"), required: true }}
              onConfirm={(reason) => step.mutate({ step: "return", comment, reason })}
            >
              {t("ec.cl.return")}
            </ConfirmButton>
          </Group>
        </Paper>
      )}
      {d.usedBy.length > 0 && (
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="md">
            {t("ec.cl.usedBy")}
          </Title>
          <List>
            {d.usedBy.map((u) => (
              <List.Item key={u.id}>
                <Anchor component={Link} to={`/export-control/reviews/${u.id}`}>
                  {u.refNo} {u.title}
                </Anchor>{" "}
                <Text span size="sm" c="dimmed">
                  {label(REVIEW_STATUS_LABELS[u.status])}
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {can("export.records.delete") && (
        <Group>
          <ConfirmButton
            variant="subtle"
            color="red"
            loading={del.isPending}
            title={t("ec.deleteConfirm")}
            onConfirm={() =>
              del.mutate(d.id, { onSuccess: () => navigate("/export-control/classifications") })
            }
          >
            {t("ec.delete")}
          </ConfirmButton>
        </Group>
      )}
      <HubAdviceCard subjectKind="classification" subjectId={d.id} />
    </Stack>
  );
}
