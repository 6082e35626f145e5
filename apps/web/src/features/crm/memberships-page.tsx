import {
  Badge,
  Button,
  Card,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import type { TMembership, TMembershipProgramme } from "@renkei/contract";
import { MEMBERSHIP_STATUS_LABELS } from "@renkei/domain";
import { useMemo, useState } from "react";
import { ConfirmButton } from "../../components/ui/confirm-button";
import { type DataColumn, DataTable } from "../../components/ui/data-table";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { todayIso } from "../../lib/form-errors";
import { useI18n } from "../../lib/i18n";
import { useCan } from "../auth/session";
import { crmApi } from "./api";
import { JoinForm, TierForm } from "./membership-forms";
import { useCrmMutation, useProgramme } from "./queries";
import { tierName } from "./tier-name";

type RenewalState = "overdue" | "due" | "current" | "ended";

/** Past its end → overdue; within the reminder window (server: `renewalReminderDue`) → due. */
export function renewalState(m: TMembership, today: string): RenewalState {
  if (m.status !== "active") {
    return "ended";
  }
  return m.expiresOn < today ? "overdue" : m.renewalDue ? "due" : "current";
}

const RENEWAL_COLOR: Record<RenewalState, string> = {
  overdue: "red",
  due: "orange",
  current: "green",
  ended: "gray",
};

/** 会員プログラム (issue 17 item 1; seed 001 事例19: MIT ILP): tiers and benefits, members, renewals. */
export function MembershipsPage() {
  const { t } = useI18n();
  const can = useCan();
  const q = useProgramme();
  const [form, setForm] = useState<"tier" | "join" | null>(null);
  const manage = can("membership.manage");
  return (
    <Stack>
      <PageTitle
        title={t("crm.mem.title")}
        description={t("crm.mem.help")}
        actions={
          manage && (
            <>
              <Button variant="default" onClick={() => setForm("tier")}>
                {t("crm.mem.tierAdd")}
              </Button>
              <Button onClick={() => setForm("join")} disabled={!q.data?.tiers.length}>
                {t("crm.mem.join")}
              </Button>
            </>
          )
        }
      />
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : (
        <>
          <Tiers programme={q.data} />
          <Title order={2} size="h4">
            {t("crm.mem.members")}
          </Title>
          <Members programme={q.data} />
          {form === "tier" && <TierForm onClose={() => setForm(null)} />}
          {form === "join" && <JoinForm programme={q.data} onClose={() => setForm(null)} />}
        </>
      )}
    </Stack>
  );
}

function Tiers({ programme }: { programme: TMembershipProgramme }) {
  const { t, label } = useI18n();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t("crm.mem.tiers")}
      </Title>
      {programme.tiers.length === 0 && <Text c="dimmed">{t("crm.mem.noTiers")}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {programme.tiers.map((tier) => (
          <Card withBorder key={tier.id}>
            <Text fw={700}>{label({ ja: tier.nameJa, en: tier.nameEn })}</Text>
            <Text size="sm" c="dimmed">
              {t("crm.mem.feeShown", { fee: tier.annualFeeYen.toLocaleString("ja-JP") })}
            </Text>
            <List size="sm" mt="xs">
              {tier.benefits.map((b) => (
                <List.Item key={b}>{b}</List.Item>
              ))}
            </List>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function Members({ programme }: { programme: TMembershipProgramme }) {
  const { t, label, date } = useI18n();
  const can = useCan();
  const today = todayIso();
  const columns = useMemo<DataColumn<TMembership>[]>(
    () => [
      { key: "partner", header: t("crm.mem.partner"), value: (m) => m.partner.label },
      {
        key: "tier",
        header: t("crm.mem.tier"),
        value: (m) => tierName(programme, m.tier, label),
        filter: true,
      },
      {
        key: "status",
        header: t("crm.mem.status"),
        value: (m) => label(MEMBERSHIP_STATUS_LABELS[m.status]),
        filter: true,
        width: 90,
      },
      { key: "startedOn", header: t("crm.mem.startedOn"), value: (m) => date(m.startedOn), width: 110 },
      { key: "expiresOn", header: t("crm.mem.expiresOn"), value: (m) => date(m.expiresOn), width: 110 },
      {
        key: "renewal",
        header: t("crm.mem.renewal"),
        value: (m) => renewalLabel(t, renewalState(m, today)),
        render: (m) => {
          const s = renewalState(m, today);
          return (
            <Stack gap={2}>
              <Badge color={RENEWAL_COLOR[s]} variant="light">
                {renewalLabel(t, s)}
              </Badge>
              {m.renewals.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t("crm.mem.renewedTimes", { n: m.renewals.length })}
                </Text>
              )}
            </Stack>
          );
        },
        filter: true,
      },
      ...(can("membership.manage")
        ? [
            {
              key: "actions",
              header: t("crm.mem.actions"),
              value: () => "",
              render: (m: TMembership) =>
                m.status === "active" && <MemberActions membership={m} programme={programme} />,
            },
          ]
        : []),
    ],
    [t, label, date, can, today, programme],
  );
  return (
    <DataTable
      rows={programme.members}
      columns={columns}
      rowKey={(m) => m.id}
      fileName="members"
      testId="members"
      initialSort={{ key: "expiresOn", direction: "asc" }}
    />
  );
}

function renewalLabel(t: ReturnType<typeof useI18n>["t"], s: RenewalState): string {
  return s === "ended"
    ? "—"
    : t(s === "overdue" ? "crm.mem.overdue" : s === "due" ? "crm.mem.due" : "crm.mem.current");
}

function MemberActions({
  membership: m,
  programme,
}: {
  membership: TMembership;
  programme: TMembershipProgramme;
}) {
  const { t, label, date } = useI18n();
  const [years, setYears] = useState<number | string>(1);
  const [tierId, setTierId] = useState(m.tier.id);
  const renew = useCrmMutation(() =>
    crmApi.renew(m.id, { version: m.version, years: Number(years) || 1, tierId }),
  );
  const end = useCrmMutation(() => crmApi.end(m.id, m.version));
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <ConfirmButton
          size="compact-xs"
          title={t("crm.mem.renewTitle")}
          loading={renew.isPending}
          message={
            <Stack gap="sm">
              <Text size="sm">
                {t("crm.mem.renewMessage", { partner: m.partner.label, expires: date(m.expiresOn) })}
              </Text>
              <NumberInput label={t("crm.mem.years")} min={1} max={10} value={years} onChange={setYears} />
              <Select
                label={t("crm.mem.tier")}
                allowDeselect={false}
                value={tierId}
                onChange={(v) => v && setTierId(v)}
                data={programme.tiers.map((x) => ({
                  value: x.id,
                  label: label({ ja: x.nameJa, en: x.nameEn }),
                }))}
                comboboxProps={{ withinPortal: false }}
              />
            </Stack>
          }
          onConfirm={() => renew.mutate(undefined)}
        >
          {t("crm.mem.renew")}
        </ConfirmButton>
        <ConfirmButton
          size="compact-xs"
          color="red"
          variant="subtle"
          title={t("crm.mem.endTitle")}
          message={t("crm.mem.endMessage", { partner: m.partner.label })}
          loading={end.isPending}
          onConfirm={() => end.mutate(undefined)}
        >
          {t("crm.mem.end")}
        </ConfirmButton>
      </Group>
      {(renew.error || end.error) && <ErrorAlert error={renew.error ?? end.error} />}
    </Stack>
  );
}
