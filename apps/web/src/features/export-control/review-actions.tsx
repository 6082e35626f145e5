import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type TReviewDetail, ZReviewDecisionRequest } from "@renkei/contract";
import {
  DECISION_BODIES,
  DECISION_BODY_LABELS,
  type DecisionBody,
  REVIEW_DECISION_LABELS,
  REVIEW_DECISIONS,
  type ReviewDecision,
} from "@renkei/domain";
import { useState } from "react";
import { Link } from "react-router-dom";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { validateWith } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useReviewStep } from "./queries";
import { reasonText } from "./reason-text";
import { RuleViolationAlert } from "./rule-violation-alert";

/**
 * The steps the caller may take now (the server's `actions`, from the same domain rules it enforces):
 * edit / submit for the applicant side, approve or return for the department head, decide or return
 * for the export-control officer, a comment for anyone who can read it, a re-run for the office.
 */
export function ReviewActions({ review }: { review: TReviewDetail }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const step = useReviewStep(review.id);
  const [comment, setComment] = useState("");
  const [decision, setDecision] = useState<ReviewDecision | "">("");
  const [body, setBody] = useState<DecisionBody>("officer");
  const [conditions, setConditions] = useState("");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [rerunDate, setRerunDate] = useState("");
  const allowed = new Set(review.actions.filter((a) => a.allowed).map((a) => a.action));
  const submitBlocked = review.actions.find(
    (a) =>
      a.action === "submit" &&
      !a.allowed &&
      a.reasons.every((r) => r.ruleId !== "EC-REVIEW-STAGE" && r.ruleId !== "EC-REVIEW-ROLE"),
  );
  const done = { onSuccess: () => setComment("") };
  const decisionBody = () => ({
    decision: decision as ReviewDecision,
    decisionBody: body,
    reason,
    comment: comment || undefined,
    conditions: conditions || null,
  });
  // The same contract schema as the server: a missing reason reads 「理由を入力してください。」 on the field.
  const checkDecision = () => {
    const errors = validateWith(ZReviewDecisionRequest, decisionBody());
    setReasonError(errors.reason ?? null);
    return Object.keys(errors).length === 0;
  };
  const reviewerStage = allowed.has("department_approve") || allowed.has("decide") || allowed.has("return");

  return (
    <Paper withBorder p="lg" component="section" aria-label={t("ec.rv.action.decide")}>
      <Stack>
        {step.error && <RuleViolationAlert error={step.error} />}
        {(allowed.has("edit") || allowed.has("submit") || submitBlocked) && (
          <Group>
            {allowed.has("edit") && (
              <Button component={Link} to={`/export-control/reviews/${review.id}/edit`} variant="default">
                {t("common.edit")}
              </Button>
            )}
            <ConfirmButton
              disabled={!allowed.has("submit")}
              loading={step.isPending && step.variables?.kind === "step" && step.variables.step === "submit"}
              title={t("ec.rv.confirm.submit")}
              message={t("ec.rv.confirm.submitHelp")}
              onConfirm={() => step.mutate({ kind: "step", step: "submit" })}
            >
              {t("ec.rv.action.submit")}
            </ConfirmButton>
            {submitBlocked && (
              <Text size="sm" c="orange.8">
                {submitBlocked.reasons.map((r) => reasonText(i18n, r)).join(" ")}
              </Text>
            )}
          </Group>
        )}
        {(reviewerStage || allowed.has("comment")) && (
          <Textarea
            label={t("ec.rv.comment")}
            autosize
            minRows={2}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
        )}
        {allowed.has("decide") && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t("ec.rv.action.decide")}
            </Title>
            <Group align="flex-end">
              <NativeSelect
                label={t("ec.rv.decision")}
                value={decision}
                onChange={(e) => setDecision(e.currentTarget.value as ReviewDecision | "")}
                data={[
                  { value: "", label: t("common.select") },
                  ...REVIEW_DECISIONS.map((d) => ({ value: d, label: label(REVIEW_DECISION_LABELS[d]) })),
                ]}
              />
              <NativeSelect
                label={t("ec.rv.decisionBody")}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value as DecisionBody)}
                data={DECISION_BODIES.map((b) => ({ value: b, label: label(DECISION_BODY_LABELS[b]) }))}
              />
              <TextInput
                label={t("ec.rv.conditions")}
                value={conditions}
                onChange={(e) => setConditions(e.currentTarget.value)}
                w={320}
              />
            </Group>
            <Textarea
              label={t("ec.rv.decisionReason")}
              withAsterisk
              autosize
              minRows={2}
              value={reason}
              error={reasonError ? i18n.msg(reasonError) : undefined}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(null);
              }}
            />
          </Stack>
        )}
        {(reviewerStage || allowed.has("comment")) && (
          <Group>
            {allowed.has("department_approve") && (
              <ConfirmButton
                color="green"
                loading={step.isPending}
                title={t("ec.rv.confirm.approve")}
                message={t("ec.rv.confirm.approveHelp")}
                onConfirm={() => step.mutate({ kind: "step", step: "department-approval", comment }, done)}
              >
                {t("ec.rv.action.department_approve")}
              </ConfirmButton>
            )}
            {allowed.has("decide") && (
              <ConfirmButton
                color="green"
                disabled={decision === ""}
                loading={step.isPending}
                title={t("ec.rv.confirm.decide", {
                  decision: decision ? label(REVIEW_DECISION_LABELS[decision]) : "",
                })}
                message={t("ec.rv.confirm.decideHelp", { reason: reason.trim() })}
                beforeOpen={checkDecision}
                onConfirm={() => step.mutate({ kind: "decide", body: decisionBody() }, done)}
              >
                {t("ec.rv.action.decide")}
              </ConfirmButton>
            )}
            {allowed.has("return") && (
              <ConfirmButton
                color="orange"
                variant="light"
                loading={step.isPending}
                title={t("ec.rv.confirm.return")}
                message={t("ec.rv.confirm.returnHelp")}
                onConfirm={() => step.mutate({ kind: "step", step: "return", comment }, done)}
              >
                {t("ec.rv.action.return")}
              </ConfirmButton>
            )}
            {allowed.has("comment") && (
              <Button
                variant="default"
                disabled={comment.trim() === ""}
                loading={step.isPending}
                onClick={() => step.mutate({ kind: "step", step: "comments", comment }, done)}
              >
                {t("ec.rv.action.comment")}
              </Button>
            )}
          </Group>
        )}
        {allowed.has("rerun") && (
          <Group align="flex-end">
            <TextInput
              type="date"
              label={t("ec.rv.rerunDate")}
              value={rerunDate}
              onChange={(e) => setRerunDate(e.currentTarget.value)}
            />
            <Button
              variant="default"
              disabled={!rerunDate}
              loading={step.isPending}
              onClick={() => step.mutate({ kind: "rerun", asOf: rerunDate })}
            >
              {t("ec.rv.action.rerun" as MessageKey)}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
