import { Alert, Button, Card, Group, NumberInput, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import type { CoiProfile } from "@renkei/domain";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { type MessageKey, useI18n } from "../../lib/i18n";
import { useCurrentUser } from "../auth/session";
import { ReasonList } from "../cases/reason-list";
import { RefusedAlert } from "../cases/section-card";
import { integrityApi, useCoiProfile } from "./integrity-api";
import { AddAppointment, AddEquity, AddSupport, AddTalentProgramme } from "./profile-entry-forms";
import { useCoiMutation } from "./queries";
import { RecordTable } from "./record-table";

/** The researcher's profile (J1–J3): kept once, every save a dated version, history and derived checks. */
export function ProfilePage() {
  const me = useCurrentUser();
  const { userId = me.id } = useParams();
  const { t, date, dateTime, rangeSep } = useI18n();
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
      <RecordTable
        title={t("coi.appointments")}
        rows={p.appointments.map((a) => ({
          key: a.id,
          cells: [
            a.organisation,
            a.position,
            t(`coi.apptKind.${a.kind}` as MessageKey),
            `${a.effortPercent}%`,
            `${date(a.from)}${rangeSep}${date(a.until)}`,
          ],
        }))}
        onRemove={
          v.canEdit ? (key) => put({ appointments: p.appointments.filter((a) => a.id !== key) }) : undefined
        }
      />
      {v.canEdit && <AddAppointment onAdd={(a) => put({ appointments: [...p.appointments, a] })} />}
      <RecordTable
        title={t("coi.support")}
        rows={p.support.map((s) => ({
          key: s.id,
          cells: [
            s.giver,
            t(`coi.supportKind.${s.kind}` as MessageKey),
            s.annualAmountJpy?.toLocaleString() ?? "",
            s.foreignGovernment ? t("coi.foreignGov") : "",
            `${date(s.from)}${rangeSep}${date(s.until)}`,
          ],
        }))}
        onRemove={v.canEdit ? (key) => put({ support: p.support.filter((x) => x.id !== key) }) : undefined}
      />
      {v.canEdit && <AddSupport onAdd={(s) => put({ support: [...p.support, s] })} />}
      <RecordTable
        title={t("coi.equity")}
        rows={p.equity.map((e) => ({
          key: e.id,
          cells: [e.company, e.percent === null ? "" : `${e.percent}%`, date(e.acquiredOn)],
        }))}
        onRemove={v.canEdit ? (key) => put({ equity: p.equity.filter((x) => x.id !== key) }) : undefined}
      />
      {v.canEdit && <AddEquity onAdd={(e) => put({ equity: [...p.equity, e] })} />}
      <RecordTable
        title={t("coi.talent")}
        rows={p.talentProgrammes.map((x) => ({
          key: x.id,
          cells: [x.name, x.sponsorCountry, `${date(x.from)}${rangeSep}${date(x.until)}`],
        }))}
        onRemove={
          v.canEdit
            ? (key) => put({ talentProgrammes: p.talentProgrammes.filter((x) => x.id !== key) })
            : undefined
        }
      />
      {v.canEdit && (
        <AddTalentProgramme onAdd={(x) => put({ talentProgrammes: [...p.talentProgrammes, x] })} />
      )}
      <RefusedAlert error={save.error} />
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
