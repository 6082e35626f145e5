import { Button, Radio, Stack, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../components/ui/error-alert";
import { useI18n } from "../../lib/i18n";
import type { HitDecision } from "./api";
import { useDecide } from "./queries";

/** True match / false positive / escalate, with a required reason (the reviewer is the signed-in user). */
export function DecisionForm({ hitId, escalated }: { hitId: string; escalated: boolean }) {
  const { t } = useI18n();
  const decide = useDecide();
  const [decision, setDecision] = useState<HitDecision | null>(null);
  const [reason, setReason] = useState("");
  const options: HitDecision[] = escalated
    ? ["true_match", "false_positive"]
    : ["true_match", "false_positive", "escalate"];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (decision && reason.trim()) {
      decide.mutate({ id: hitId, decision, reason: reason.trim() });
    }
  };
  return (
    <form onSubmit={onSubmit} aria-label={t("screening.decision.title")}>
      <Stack gap="xs">
        <Radio.Group
          label={t("screening.decision.title")}
          value={decision ?? ""}
          onChange={(v) => setDecision(v as HitDecision)}
          withAsterisk
        >
          <Stack gap={6} mt={6}>
            {options.map((o) => (
              <Radio key={o} value={o} label={t(`screening.decision.${o}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("screening.decision.reason")}
          description={t("screening.decision.reasonHelp")}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          withAsterisk
        />
        {decide.isError && <ErrorAlert error={decide.error} />}
        {decide.isSuccess && (
          <Text c="green" size="sm" role="status">
            {t("screening.decision.saved")}
          </Text>
        )}
        <Button
          type="submit"
          w="fit-content"
          disabled={!decision || !reason.trim()}
          loading={decide.isPending}
        >
          {t("screening.decision.submit")}
        </Button>
      </Stack>
    </form>
  );
}
