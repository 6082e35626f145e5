import {
  Badge,
  Button,
  Divider,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { TInventionDetail } from "@renkei/contract";
import {
  AGREEMENT_KIND_LABELS,
  INCOME_KIND_LABELS,
  INCOME_KINDS,
  type IncomeKind,
  ROLE_LABELS,
  type Role,
} from "@renkei/domain";
import { useState } from "react";
import { todayIso } from "../../lib/form-errors";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { AgreementForm } from "./agreement-form";
import { ipApi } from "./api";
import { IpErrorAlert, IpReasonList, IpSection, useYen } from "./ip-kit";
import { useIpMutation } from "./queries";

type Agreement = TInventionDetail["agreements"][number];
const OUTCOME_COLOR = { allowed: "green", needs_approval: "yellow", refused: "red" } as const;

export function AgreementsSection({ d }: { d: TInventionDetail }) {
  const { t } = useI18n();
  const can = useCan();
  return (
    <IpSection title={t("ip.section.agreements")}>
      {d.agreements.length === 0 && <Text c="dimmed">{t("ip.empty")}</Text>}
      {d.agreements.map((a) => (
        <AgreementCard key={a.id} d={d} a={a} />
      ))}
      {can("ip.manage") && d.institutionTakes && (
        <>
          <Divider />
          <AgreementForm d={d} />
        </>
      )}
    </IpSection>
  );
}

/** One agreement: the policy's determination, the exception approval, Bayh-Dole steps, signing and income. */
function AgreementCard({ d, a }: { d: TInventionDetail; a: Agreement }) {
  const { t, label, date, country, listSep, paren } = useI18n();
  const can = useCan();
  const yen = useYen();
  const approve = useIpMutation(() =>
    ipApi.approveException(d.id, a.id, { approvedOn: todayIso(), version: a.version }),
  );
  const sign = useIpMutation((signedOn: string) => ipApi.sign(d.id, a.id, { signedOn, version: a.version }));
  const [signedOn, setSignedOn] = useState(todayIso());
  const det = a.determination;
  return (
    <Paper withBorder p="sm" aria-label={a.counterpartyName} component="article">
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>
            {label(AGREEMENT_KIND_LABELS[a.kind])} — {a.counterpartyName}
            {paren(country(a.counterpartyCountry))}
          </Text>
          <Badge data-testid="agreement-status">{t(`ip.ag.status.${a.status}` as MessageKey)}</Badge>
          {a.signedOn && <Text size="sm">{date(a.signedOn)}</Text>}
        </Group>
        <Group gap="xs">
          <Text size="sm">{t("ip.ag.determination")}:</Text>
          <Badge color={OUTCOME_COLOR[det.outcome]} data-testid="agreement-determination">
            {t(`ip.ag.outcome.${det.outcome}` as MessageKey)}
          </Badge>
          {det.approverRoles.length > 0 && (
            <Text size="sm" c="dimmed">
              {t("ip.ag.approvers", {
                roles: det.approverRoles.map((r) => label(ROLE_LABELS[r as Role])).join(listSep),
              })}
            </Text>
          )}
        </Group>
        <IpReasonList reasons={det.reasons} />
        {a.exceptionApproval && (
          <Text size="sm">
            {t("ip.ag.approvedBy", {
              name: a.exceptionApproval.by?.displayName ?? "—",
              date: date(a.exceptionApproval.on),
            })}
          </Text>
        )}
        {det.outcome === "needs_approval" && can("ip.approve_exception") && (
          <Group>
            <Button onClick={() => approve.mutate(undefined)} loading={approve.isPending}>
              {t("ip.ag.approve")}
            </Button>
          </Group>
        )}
        {approve.error ? <IpErrorAlert error={approve.error} /> : null}
        {a.status === "draft" && a.bayhDoleBlockers.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t("ip.ag.bdBlockers")}
            </Text>
            <IpReasonList reasons={a.bayhDoleBlockers} color="orange" />
          </>
        )}
        {a.status === "draft" && can("ip.manage") && (
          <Group align="flex-end">
            <TextInput
              label={t("ip.ag.signedOn")}
              type="date"
              value={signedOn}
              onChange={(e) => setSignedOn(e.currentTarget.value)}
            />
            <Button onClick={() => sign.mutate(signedOn)} loading={sign.isPending}>
              {t("ip.ag.sign")}
            </Button>
          </Group>
        )}
        {sign.error ? <IpErrorAlert error={sign.error} /> : null}
        {a.expectedIncome.length > 0 && (
          <Text size="sm">
            {t("ip.ag.expected")}:{" "}
            {a.expectedIncome
              .map((y) => `${t("ip.fy", { year: y.fiscalYear })} ${yen(y.total)}`)
              .join(listSep)}
          </Text>
        )}
        {a.status === "signed" && <IncomeBlock d={d} a={a} />}
      </Stack>
    </Paper>
  );
}

function IncomeBlock({ d, a }: { d: TInventionDetail; a: Agreement }) {
  const { t, label, date } = useI18n();
  const can = useCan();
  const yen = useYen();
  const add = useIpMutation((body: unknown) => ipApi.addIncome(d.id, a.id, body));
  const empty = {
    kind: "running_royalty" as IncomeKind,
    amount: "",
    receivedOn: todayIso(),
    netSales: "",
    periodFrom: "",
    periodTo: "",
  };
  const [v, setV] = useState(empty);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("ip.ag.income")}
      </Text>
      {a.income.length > 0 && (
        <Table data-testid="income-list">
          <Table.Tbody>
            {a.income.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{date(i.receivedOn)}</Table.Td>
                <Table.Td>{label(INCOME_KIND_LABELS[i.kind])}</Table.Td>
                <Table.Td>{yen(i.amount)}</Table.Td>
                <Table.Td>
                  {i.netSales !== null ? `${t("ip.income.netSales")} ${yen(i.netSales)}` : ""}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {can("ip.manage") && (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("ip.income.kind")}
            value={v.kind}
            onChange={(e) => setV({ ...v, kind: e.currentTarget.value as IncomeKind })}
            data={INCOME_KINDS.map((k) => ({ value: k, label: label(INCOME_KIND_LABELS[k]) }))}
          />
          <TextInput
            label={t("ip.income.amount")}
            type="number"
            value={v.amount}
            onChange={(e) => setV({ ...v, amount: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.income.receivedOn")}
            type="date"
            value={v.receivedOn}
            onChange={(e) => setV({ ...v, receivedOn: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.income.netSales")}
            type="number"
            value={v.netSales}
            onChange={(e) => setV({ ...v, netSales: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.income.periodFrom")}
            type="date"
            value={v.periodFrom}
            onChange={(e) => setV({ ...v, periodFrom: e.currentTarget.value })}
          />
          <TextInput
            label={t("ip.income.periodTo")}
            type="date"
            value={v.periodTo}
            onChange={(e) => setV({ ...v, periodTo: e.currentTarget.value })}
          />
          <Button
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                {
                  kind: v.kind,
                  amount: Number(v.amount),
                  receivedOn: v.receivedOn,
                  netSales: v.netSales ? Number(v.netSales) : null,
                  periodFrom: v.periodFrom || null,
                  periodTo: v.periodTo || null,
                },
                { onSuccess: () => setV(empty) },
              )
            }
          >
            {t("ip.income.submit")}
          </Button>
        </Group>
      )}
      {add.error ? <IpErrorAlert error={add.error} /> : null}
    </Stack>
  );
}
