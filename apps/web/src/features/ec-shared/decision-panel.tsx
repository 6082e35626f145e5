import { Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { ZDecisionReason } from "@renkei/contract";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { useI18n } from "../../lib/i18n";
import { RuleErrorAlert } from "./rule-error";

export interface DecisionAction<T extends string> {
  value: T;
  label: string;
  color: string;
}

/**
 * The officer's decision: its own required reason (kept on the record and in its history), an optional
 * comment, one button per decision, each confirmed in a dialog (issue 11 item 6). The server enforces
 * the rules; the reason is checked here with the contract's own schema so the message is the same.
 */
export function DecisionPanel<T extends string>({
  title,
  help,
  actions,
  onDecide,
  pending,
  error,
}: {
  title: string;
  help?: string;
  actions: DecisionAction<T>[];
  onDecide(value: T, reason: string, comment: string): void;
  pending: boolean;
  error: unknown;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const checkReason = () => {
    const parsed = ZDecisionReason.safeParse(reason);
    setReasonError(parsed.success ? null : (parsed.error.issues[0]?.message ?? "validation.reason_required"));
    return parsed.success;
  };
  return (
    <Paper withBorder p="md" bg="indigo.0">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {error ? <RuleErrorAlert error={error} /> : null}
        <Textarea
          label={t("ec.decisionReason")}
          description={help}
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
        <Textarea
          label={t("ec.decisionComment")}
          autosize
          minRows={1}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group>
          {actions.map((a) => (
            <ConfirmButton
              key={a.value}
              color={a.color}
              loading={pending}
              title={t("ec.decisionConfirm", { decision: a.label })}
              message={t("ec.decisionConfirmHelp", { reason: reason.trim() })}
              beforeOpen={checkReason}
              onConfirm={() => onDecide(a.value, reason.trim(), comment)}
            >
              {a.label}
            </ConfirmButton>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The recorded decision's reason, then any comment: how a decided record reads (issue 11 item 6). */
export function DecisionText({ reason, comment }: { reason: string | null; comment: string }) {
  const { t } = useI18n();
  return (
    <Stack gap={2}>
      {reason && (
        <Text size="sm" data-testid="decision-reason">
          <strong>{t("ec.decisionReasonShown")}:</strong> {reason}
        </Text>
      )}
      {comment && <Text size="sm">{comment}</Text>}
    </Stack>
  );
}
