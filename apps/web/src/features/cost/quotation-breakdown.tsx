import { Alert, Badge, Group, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import type { TQuotationView } from "@renkei/contract";
import { lineReasons, formatYen as yen } from "@renkei/domain";
import { useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { ErrorAlert } from "../../components/ui/error-alert";
import { fieldError, serverFieldErrors, todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { ReasonList } from "../cases/reason-list";
import { RefusedAlert } from "../cases/section-card";
import { costApi, useAgreementMutation, useQuotationView } from "./api";

/**
 * One quotation's lines (issue 17 item 4): the indirect line's three sub-lines (seed 001 case 23) and the
 * secrecy-management line (seed 000 §3-2(1)) with the partner's agreement. Only the office records the
 * agreement (the server checks `quotation.secrecy_agree`); the requester sees its state.
 */
export function QuotationBreakdown({ caseId, quotationId }: { caseId: string; quotationId: string }) {
  const { t, label } = useI18n();
  const q = useQuotationView(caseId, quotationId);
  if (!q.data) {
    return q.isError ? <ErrorAlert error={q.error} /> : null;
  }
  const v = q.data;
  return (
    <Stack gap="xs">
      <Table data-testid="quotation-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("cost.item")}</Table.Th>
            <Table.Th>{t("cost.detail")}</Table.Th>
            <Table.Th ta="right">{t("cost.amount")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {v.lines.map((l, i) => (
            <Table.Tr key={`${l.code}-${l.part ?? i}`} data-code={l.code}>
              <Table.Td pl={l.code === "indirect_part" ? "xl" : undefined}>
                <Group gap="xs">
                  <Text size="sm" c={l.code === "indirect_part" ? "dimmed" : undefined}>
                    {label(l.label)}
                  </Text>
                  {l.code === "secrecy" && (
                    <Badge color={v.secrecy?.agreed ? "green" : "orange"} variant="light">
                      {v.secrecy?.agreed ? t("cost.agreed") : t("cost.notAgreed")}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{label(l.detail)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" td={l.code === "secrecy" && !l.counted ? "line-through" : undefined}>
                  {yen(l.amountYen)}
                </Text>
                {l.code === "secrecy" && !l.counted && (
                  <Text size="xs" c="dimmed">
                    {t("cost.notCounted")}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td colSpan={2}>
              <Text fw={600}>{t("case.cost.total")}</Text>
            </Table.Td>
            <Table.Td ta="right" data-testid="quotation-breakdown-total">
              <Text fw={600}>{yen(v.totalYen)}</Text>
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <ReasonList reasons={lineReasons(v.lines)} color="dimmed" />
      {v.notes.length > 0 && (
        <Alert color="orange" role="status">
          <ReasonList reasons={v.notes} />
        </Alert>
      )}
      {v.secrecy && <SecrecyAgreement caseId={caseId} v={v} />}
    </Stack>
  );
}

function SecrecyAgreement({ caseId, v }: { caseId: string; v: TQuotationView }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const [agreedOn, setAgreedOn] = useState(todayIso());
  const [signatory, setSignatory] = useState("");
  const [evidence, setEvidence] = useState("");
  const agree = useAgreementMutation(caseId, () =>
    costApi.agree(caseId, v.id, { agreedOn, partnerSignatory: signatory, evidence }),
  );
  const withdraw = useAgreementMutation(caseId, (reason: string) =>
    costApi.withdraw(caseId, v.id, { reason }),
  );
  const errors = serverFieldErrors(agree.error);
  const a = v.agreement;
  return (
    <Stack gap="xs">
      <Title order={3} size="h6">
        {t("cost.agreement")}
      </Title>
      <Text size="sm" data-testid="secrecy-agreement-state">
        {a
          ? t("cost.agreement.recorded", {
              date: date(a.agreedOn),
              signatory: a.partnerSignatory,
              evidence: a.evidence,
              by: a.recordedByLabel,
            })
          : t("cost.agreement.none")}
      </Text>
      {!v.canAgree && !a && (
        <Text size="xs" c="dimmed">
          {t("cost.agreement.officeOnly")}
        </Text>
      )}
      {v.canAgree && !a && (
        <Stack gap="xs">
          <Group align="flex-start">
            <TextInput
              type="date"
              label={t("cost.agreement.agreedOn")}
              value={agreedOn}
              onChange={(e) => setAgreedOn(e.currentTarget.value)}
              {...fieldError(errors, "agreedOn", i18n)}
            />
            <TextInput
              label={t("cost.agreement.signatory")}
              value={signatory}
              onChange={(e) => setSignatory(e.currentTarget.value)}
              {...fieldError(errors, "partnerSignatory", i18n)}
              w={320}
            />
          </Group>
          <Textarea
            label={t("cost.agreement.evidence")}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
            {...fieldError(errors, "evidence", i18n)}
            autosize
            minRows={2}
          />
          <RefusedAlert error={Object.keys(errors).length ? null : agree.error} />
          <ConfirmButton
            w="fit-content"
            loading={agree.isPending}
            disabled={!signatory.trim() || !evidence.trim()}
            title={t("cost.agreement.confirm")}
            message={t("cost.agreement.confirmMessage")}
            onConfirm={() => agree.mutate(undefined)}
          >
            {t("cost.agreement.record")}
          </ConfirmButton>
        </Stack>
      )}
      {v.canAgree && a && (
        <>
          <RefusedAlert error={withdraw.error} />
          <ConfirmButton
            w="fit-content"
            variant="default"
            color="red"
            loading={withdraw.isPending}
            title={t("cost.agreement.withdrawConfirm")}
            message={t("cost.agreement.withdrawMessage")}
            reason={{ label: t("cost.agreement.withdrawReason"), required: true }}
            onConfirm={(reason) => withdraw.mutate(reason)}
          >
            {t("cost.agreement.withdraw")}
          </ConfirmButton>
        </>
      )}
      {v.withdrawals.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {t("cost.agreement.history")}
          </Text>
          {v.withdrawals.map((w) => (
            <Text size="xs" c="dimmed" key={w.withdrawnAt}>
              {t("cost.agreement.recorded", {
                date: date(w.agreedOn),
                signatory: w.partnerSignatory,
                evidence: w.evidence,
                by: w.recordedByLabel,
              })}{" "}
              {t("cost.agreement.withdrawn", {
                date: date(w.withdrawnAt),
                by: w.withdrawnByLabel,
                reason: w.reason,
              })}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
