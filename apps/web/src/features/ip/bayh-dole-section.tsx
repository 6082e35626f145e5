import { Badge, Button, Group, NativeSelect, Table, Text, TextInput } from "@mantine/core";
import type { TInventionDetail } from "@renkei/contract";
import { BAYH_DOLE_RECORD_KINDS, BAYH_DOLE_RECORD_LABELS, type BayhDoleRecordKind } from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { ipApi } from "./api";
import { IpErrorAlert, IpReasonList, IpSection } from "./ip-kit";
import { useIpMutation } from "./queries";

const STATUS_COLOR = { open: "yellow", overdue: "red", fulfilled: "green" } as const;

/** Japanese Bayh-Dole (産業技術力強化法第17条): obligations from the domain, and the records only legal/IP makes. */
export function BayhDoleSection({ d }: { d: TInventionDetail }) {
  const { t, label, date, paren } = useI18n();
  const can = useCan();
  const record = useIpMutation((body: unknown) => ipApi.recordBayhDole(body));
  const withdraw = useIpMutation((id: string) => ipApi.withdrawBayhDole(id));
  const [kind, setKind] = useState<BayhDoleRecordKind>("results_report");
  const [agreementId, setAgreementId] = useState("");
  const [on, setOn] = useState(todayIso());
  const [evidence, setEvidence] = useState("");
  const subject = (id: string | null) =>
    d.agreements.find((a) => a.id === id)?.counterpartyName ?? (id ? "—" : t("ip.bd.wholeInvention"));
  return (
    <IpSection title={t("ip.section.bayhDole")}>
      <Table data-testid="bayh-dole-obligations">
        <Table.Tbody>
          {d.bayhDoleObligations.map((o) => (
            <Table.Tr key={`${o.kind}:${o.subjectId}`}>
              <Table.Td>{label(BAYH_DOLE_RECORD_LABELS[o.kind])}</Table.Td>
              <Table.Td>{subject(o.subjectId)}</Table.Td>
              <Table.Td>{o.dueOn ? date(o.dueOn) : "—"}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[o.status]}>{t(`ip.bd.status.${o.status}` as MessageKey)}</Badge>
              </Table.Td>
              <Table.Td>
                <IpReasonList reasons={o.reasons} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {d.bayhDoleNotes.length > 0 && <IpReasonList reasons={d.bayhDoleNotes} color="orange" />}
      <Text size="sm" fw={600}>
        {t("ip.bd.records")}
      </Text>
      {d.bayhDoleRecords.length === 0 && <Text c="dimmed">{t("ip.empty")}</Text>}
      {d.bayhDoleRecords.map((r) => (
        <Group key={r.id} gap="xs">
          <Text size="sm" td={r.withdrawnAt ? "line-through" : undefined}>
            {date(r.actedOn)} {label(BAYH_DOLE_RECORD_LABELS[r.kind])}
            {paren(subject(r.agreementId))}— {r.evidence}
            {paren(r.recordedBy?.displayName)}
          </Text>
          {r.withdrawnAt ? (
            <Badge color="gray">{t("ip.bd.withdrawn")}</Badge>
          ) : (
            can("ip.bayh_dole") && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => withdraw.mutate(r.id)}>
                {t("ip.bd.withdraw")}
              </Button>
            )
          )}
        </Group>
      ))}
      {can("ip.bayh_dole") ? (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("ip.bd.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as BayhDoleRecordKind)}
            data={BAYH_DOLE_RECORD_KINDS.map((k) => ({ value: k, label: label(BAYH_DOLE_RECORD_LABELS[k]) }))}
          />
          <NativeSelect
            label={t("ip.bd.agreement")}
            value={agreementId}
            onChange={(e) => setAgreementId(e.currentTarget.value)}
            data={[
              { value: "", label: t("ip.bd.wholeInvention") },
              ...d.agreements.map((a) => ({ value: a.id, label: a.counterpartyName })),
            ]}
          />
          <TextInput
            label={t("ip.bd.actedOn")}
            type="date"
            value={on}
            onChange={(e) => setOn(e.currentTarget.value)}
          />
          <TextInput
            label={t("ip.bd.evidence")}
            value={evidence}
            onChange={(e) => setEvidence(e.currentTarget.value)}
          />
          <Button
            loading={record.isPending}
            onClick={() =>
              record.mutate(
                { inventionId: d.id, agreementId: agreementId || null, kind, actedOn: on, evidence },
                { onSuccess: () => setEvidence("") },
              )
            }
          >
            {t("ip.bd.submit")}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t("ip.bd.onlyLegal")}
        </Text>
      )}
      {record.error ? <IpErrorAlert error={record.error} /> : null}
      {withdraw.error ? <IpErrorAlert error={withdraw.error} /> : null}
    </IpSection>
  );
}
