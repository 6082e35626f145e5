import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { APPOINTMENT_KINDS, type CoiProfile, SUPPORT_KINDS } from "@renkei/domain";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { ReasonList } from "../cases/reason-list";
import { integrityApi, useCoiProfile } from "./integrity-api";
import { useCoiMutation } from "./queries";

const newId = () => `x-${Date.now().toString(36)}`;
/** New items go without `recordedOn`: the server stamps the day it first sees them (J1). */
const UNSTAMPED = undefined as unknown as string;

/** The researcher's profile (J1–J3): kept once, every save a dated version, history and derived checks. */
export function ProfilePage() {
  const me = useCurrentUser();
  const { userId = me.id } = useParams();
  const { t, date, dateTime } = useI18n();
  const q = useCoiProfile(userId);
  const save = useCoiMutation((profile: CoiProfile) =>
    integrityApi.saveProfile(userId, {
      version: q.data!.version,
      profile,
      delegateUserId: q.data!.delegateUserId,
    }),
  );
  if (q.isPending) {
    return <Loading />;
  }
  if (q.error) {
    return <ErrorAlert error={q.error} />;
  }
  const v = q.data;
  const p = v.profile as CoiProfile;
  const put = (next: Partial<CoiProfile>) => save.mutate({ ...p, ...next });
  return (
    <Stack>
      <PageTitle title={t("coi.profileTitle", { name: v.userName })} description={t("coi.profileHelp")} />
      <Text size="sm" data-testid="profile-version">
        {v.version === 0
          ? t("coi.profileNone")
          : t("coi.profileSaved", {
              version: String(v.version),
              at: dateTime(v.savedAt),
              by: v.savedByName ?? "",
            })}
      </Text>
      <Alert color={v.commitment.outcome === "ok" ? "green" : "orange"} title={t("coi.commitment")}>
        {t("coi.commitmentFigures", {
          outside: String(v.commitment.outsidePercent),
          total: String(v.commitment.totalPercent),
        })}
        {v.commitment.reasons.length > 0 && <ReasonList reasons={v.commitment.reasons} />}
      </Alert>
      <Alert color="blue" title={t("coi.tokuteiTitle")}>
        <ReasonList reasons={v.tokutei.reasons} />
      </Alert>
      {v.canEdit && <BasicsForm profile={p} onSave={put} />}
      <ListCard
        title={t("coi.appointments")}
        rows={p.appointments.map((a) => [
          a.organisation,
          a.position,
          t(`coi.apptKind.${a.kind}` as MessageKey),
          `${a.effortPercent}%`,
          `${date(a.from)}〜${date(a.until)}`,
        ])}
        onRemove={
          v.canEdit ? (i) => put({ appointments: p.appointments.filter((_, j) => j !== i) }) : undefined
        }
      />
      {v.canEdit && <AddAppointment onAdd={(a) => put({ appointments: [...p.appointments, a] })} />}
      <ListCard
        title={t("coi.support")}
        rows={p.support.map((s) => [
          s.giver,
          t(`coi.supportKind.${s.kind}` as MessageKey),
          s.annualAmountJpy?.toLocaleString() ?? "",
          s.foreignGovernment ? t("coi.foreignGov") : "",
          `${date(s.from)}〜${date(s.until)}`,
        ])}
        onRemove={v.canEdit ? (i) => put({ support: p.support.filter((_, j) => j !== i) }) : undefined}
      />
      {v.canEdit && <AddSupport onAdd={(s) => put({ support: [...p.support, s] })} />}
      <ListCard
        title={t("coi.equity")}
        rows={p.equity.map((e) => [e.company, e.percent === null ? "" : `${e.percent}%`, date(e.acquiredOn)])}
      />
      <ListCard
        title={t("coi.talent")}
        rows={p.talentProgrammes.map((x) => [x.name, x.sponsorCountry, `${date(x.from)}〜${date(x.until)}`])}
      />
      <ErrorAlert error={save.error} />
      <Card withBorder>
        <Title order={4}>{t("coi.history")}</Title>
        <Table>
          <Table.Tbody>
            {v.history.map((h) => (
              <Table.Tr key={h.version}>
                <Table.Td>{t("coi.versionN", { version: String(h.version) })}</Table.Td>
                <Table.Td>{dateTime(h.savedAt)}</Table.Td>
                <Table.Td>{h.savedByName ?? ""}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

function BasicsForm({ profile, onSave }: { profile: CoiProfile; onSave: (p: Partial<CoiProfile>) => void }) {
  const { t } = useI18n();
  const [orcid, setOrcid] = useState(profile.orcid ?? "");
  const [income, setIncome] = useState<number | null>(profile.annualIncomeJpy);
  return (
    <Group align="flex-end">
      <TextInput label="ORCID" value={orcid} onChange={(e) => setOrcid(e.currentTarget.value)} />
      <NumberInput
        label={t("coi.annualIncome")}
        value={income ?? ""}
        min={0}
        thousandSeparator=","
        onChange={(x) => setIncome(typeof x === "number" ? x : null)}
      />
      <Button variant="light" onClick={() => onSave({ orcid: orcid || null, annualIncomeJpy: income })}>
        {t("coi.save")}
      </Button>
    </Group>
  );
}

function ListCard({
  title,
  rows,
  onRemove,
}: {
  title: string;
  rows: string[][];
  onRemove?: (i: number) => void;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder>
      <Title order={4}>{title}</Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("coi.none")}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={`${r[0]}-${i}`}>
                {r.map((c, j) => (
                  <Table.Td key={`${j}-${c}`}>{c}</Table.Td>
                ))}
                {onRemove && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => window.confirm(t("coi.removeConfirm")) && onRemove(i)}
                    >
                      {t("coi.remove")}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

function AddAppointment({ onAdd }: { onAdd: (a: CoiProfile["appointments"][number]) => void }) {
  const { t } = useI18n();
  const [v, setV] = useState({
    organisation: "",
    position: "",
    country: "JP",
    kind: "side_job",
    effortPercent: 0,
    from: "",
  });
  return (
    <Group align="flex-end">
      <TextInput
        label={t("coi.organisation")}
        value={v.organisation}
        onChange={(e) => setV({ ...v, organisation: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.position")}
        value={v.position}
        onChange={(e) => setV({ ...v, position: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.countryCode")}
        w={80}
        value={v.country}
        onChange={(e) => setV({ ...v, country: e.currentTarget.value.toUpperCase() })}
      />
      <Select
        label={t("coi.kind")}
        value={v.kind}
        onChange={(x) => setV({ ...v, kind: x ?? "side_job" })}
        data={APPOINTMENT_KINDS.map((k) => ({ value: k, label: t(`coi.apptKind.${k}` as MessageKey) }))}
      />
      <NumberInput
        label={t("coi.effort")}
        w={100}
        min={0}
        max={100}
        value={v.effortPercent}
        onChange={(x) => setV({ ...v, effortPercent: Number(x) || 0 })}
      />
      <TextInput
        type="date"
        label={t("coi.from")}
        value={v.from}
        onChange={(e) => setV({ ...v, from: e.currentTarget.value })}
      />
      <Button
        variant="light"
        onClick={() =>
          onAdd({
            ...v,
            id: newId(),
            kind: v.kind as "side_job",
            paid: true,
            foreignGovernment: false,
            until: null,
            recordedOn: UNSTAMPED,
          })
        }
      >
        {t("coi.addAppointment")}
      </Button>
    </Group>
  );
}

function AddSupport({ onAdd }: { onAdd: (s: CoiProfile["support"][number]) => void }) {
  const { t } = useI18n();
  const [v, setV] = useState({
    giver: "",
    giverCountry: "JP",
    kind: "research_funding",
    amount: null as number | null,
    foreignGovernment: false,
    from: "",
  });
  return (
    <Group align="flex-end">
      <TextInput
        label={t("coi.giver")}
        value={v.giver}
        onChange={(e) => setV({ ...v, giver: e.currentTarget.value })}
      />
      <TextInput
        label={t("coi.countryCode")}
        w={80}
        value={v.giverCountry}
        onChange={(e) => setV({ ...v, giverCountry: e.currentTarget.value.toUpperCase() })}
      />
      <Select
        label={t("coi.kind")}
        value={v.kind}
        onChange={(x) => setV({ ...v, kind: x ?? "research_funding" })}
        data={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`coi.supportKind.${k}` as MessageKey) }))}
      />
      <NumberInput
        label={t("coi.annualAmount")}
        min={0}
        thousandSeparator=","
        value={v.amount ?? ""}
        onChange={(x) => setV({ ...v, amount: typeof x === "number" ? x : null })}
      />
      <Checkbox
        label={t("coi.foreignGov")}
        checked={v.foreignGovernment}
        onChange={(e) => setV({ ...v, foreignGovernment: e.currentTarget.checked })}
      />
      <TextInput
        type="date"
        label={t("coi.from")}
        value={v.from}
        onChange={(e) => setV({ ...v, from: e.currentTarget.value })}
      />
      <Button
        variant="light"
        onClick={() =>
          onAdd({
            id: newId(),
            giver: v.giver,
            giverCountry: v.giverCountry,
            partnerId: null,
            kind: v.kind as "research_funding",
            status: "current",
            annualAmountJpy: v.amount,
            foreignGovernment: v.foreignGovernment,
            paidToInstitution: false,
            from: v.from,
            until: null,
            recordedOn: UNSTAMPED,
          })
        }
      >
        {t("coi.addSupport")}
      </Button>
    </Group>
  );
}
