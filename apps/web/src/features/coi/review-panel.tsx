import { Card, Group, NativeSelect, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import type { TDeclarationView } from "@renkei/contract";
import { DETERMINATIONS, type Determination } from "@renkei/domain";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { RefusedAlert } from "../cases/section-card";
import { coiApi } from "./api";
import { useCoiMutation } from "./queries";

/** The committee's side: a determination per pending interest × case, then return or approve. */
export function ReviewPanel({ d }: { d: TDeclarationView }) {
  const { t } = useI18n();
  const comment = useReasonField(t("coi.returnComment"), 420);
  const ret = useCoiMutation(() => coiApi.returnIt(d.id, d.version, comment.value));
  const approve = useCoiMutation(() => coiApi.approve(d.id, d.version));
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>{t("coi.review")}</Title>
        {d.pending.length > 0 && <Text fw={600}>{t("coi.pending")}</Text>}
        {d.pending.map((p) => (
          <DeterminationForm
            key={`${p.interestId}:${p.caseId}`}
            d={d}
            interestId={p.interestId}
            caseId={p.caseId}
          />
        ))}
        {d.can.decide && (
          <>
            <Group align="flex-end">
              {comment.field}
              <ConfirmButton
                variant="default"
                loading={ret.isPending}
                title={t("coi.returnConfirm")}
                beforeOpen={comment.check}
                onConfirm={() => ret.mutate(undefined)}
              >
                {t("coi.return")}
              </ConfirmButton>
            </Group>
            <RefusedAlert error={ret.error} />
            <ConfirmButton
              w="fit-content"
              color="green"
              loading={approve.isPending}
              title={t("coi.approveConfirm")}
              onConfirm={() => approve.mutate(undefined)}
            >
              {t("coi.approve")}
            </ConfirmButton>
            {approve.isSuccess && <Text c="green">{t("coi.approved")}</Text>}
            <RefusedAlert error={approve.error} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** A decision's own required reason (issue 11 item 6): empty, it is flagged on the field and the dialog stays closed. */
function useReasonField(label: string, w?: number) {
  const { t } = useI18n();
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);
  const field = (
    <Textarea
      label={label}
      withAsterisk
      autosize
      w={w}
      value={value}
      error={missing ? t("validation.reason_required") : undefined}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        setMissing(false);
      }}
    />
  );
  const check = () => {
    setMissing(value.trim() === "");
    return value.trim() !== "";
  };
  return { value: value.trim(), field, check };
}

function DeterminationForm({
  d,
  interestId,
  caseId,
}: {
  d: TDeclarationView;
  interestId: string;
  caseId: string | null;
}) {
  const { t } = useI18n();
  const interest = d.interests.find((i) => i.interestId === interestId);
  const caseTitle = caseId ? (d.determinations.find((x) => x.caseId === caseId)?.caseTitle ?? null) : null;
  const [outcome, setOutcome] = useState<Determination>("no_conflict");
  const reason = useReasonField(t("coi.notes"));
  const [conditions, setConditions] = useState("");
  const [monitoringOn, setMonitoringOn] = useState("");
  const record = useCoiMutation(() =>
    coiApi.determine(d.id, {
      interestId,
      caseId,
      outcome,
      reason: reason.value,
      plan:
        outcome === "manageable"
          ? {
              conditions: conditions
                .split("\n")
                .map((c) => c.trim())
                .filter(Boolean),
              monitoringOn,
            }
          : null,
    }),
  );
  return (
    <Card withBorder data-testid={`determine-${interestId}`}>
      <Text size="sm" fw={600}>
        {interest?.entity} — {caseTitle ?? (caseId ? t("coi.relatedCases") : t("coi.general"))}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t("coi.outcome")}
          value={outcome}
          onChange={(e) => setOutcome(e.currentTarget.value as Determination)}
          data={DETERMINATIONS.map((o) => ({ value: o, label: t(`coi.det.${o}` as MessageKey) }))}
        />
        {reason.field}
        {outcome === "manageable" && (
          <>
            <Textarea
              label={t("coi.planConditions")}
              value={conditions}
              onChange={(e) => setConditions(e.currentTarget.value)}
            />
            <TextInput
              type="date"
              label={t("coi.monitoringOn")}
              value={monitoringOn}
              onChange={(e) => setMonitoringOn(e.currentTarget.value)}
            />
          </>
        )}
        <ConfirmButton
          loading={record.isPending}
          title={t("coi.recordConfirm")}
          beforeOpen={reason.check}
          onConfirm={() => record.mutate(undefined)}
        >
          {t("coi.record")}
        </ConfirmButton>
      </Group>
      <RefusedAlert error={record.error} />
    </Card>
  );
}
