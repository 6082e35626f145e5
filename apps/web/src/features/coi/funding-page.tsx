import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Title } from "@mantine/core";
import type { TFundingView } from "@renkei/contract";
import { useState } from "react";
import { useParams } from "react-router-dom";
import { apiUrl } from "../../api/client";
import { ErrorAlert } from "../../components/ui/error-alert";
import { Loading } from "../../components/ui/loading";
import { PageTitle } from "../../components/ui/page-title";
import { useI18n } from "../../lib/i18n";
import { ReasonList } from "../cases/reason-list";
import { RefusedAlert } from "../cases/section-card";
import { integrityApi, useFunding } from "./integrity-api";
import { useCoiMutation } from "./queries";
import { RecordTable } from "./record-table";

/** Rows of what the funder is told have no ids of their own: their position is the key (refetched after each save). */
const numbered = (rows: string[][]) => rows.map((cells, i) => ({ key: String(i), cells }));

/** One funding application: what the funder is told, the check against the profile, the pledge, e-Rad. */
export function FundingPage() {
  const { id = "" } = useParams();
  const { t, date, locale } = useI18n();
  const q = useFunding(id);
  const [agree, setAgree] = useState(false);
  const pledge = useCoiMutation((version: number) => integrityApi.pledge(id, version));
  const save = useCoiMutation((body: unknown) => integrityApi.saveFunding(id, body));
  if (q.isPending) {
    return <Loading />;
  }
  if (q.error) {
    return <ErrorAlert error={q.error} />;
  }
  const a = q.data;
  const app = a.application;
  const saveLists = (lists: Partial<TFundingView["application"]>) =>
    save.mutate({ ...app, ...lists, programmeId: a.programmeId, version: a.version });
  const reload = async () => saveLists(await integrityApi.fundingPrefill());
  return (
    <Stack>
      <PageTitle title={`${app.funder} ${app.programme}: ${app.title}`} description={a.userName} />
      <Alert
        color={a.check === "match" ? "green" : "orange"}
        title={t(a.check === "match" ? "coi.fundingMatch" : "coi.fundingMismatch")}
      >
        {a.checkReasons.length > 0 && <ReasonList reasons={a.checkReasons} />}
        <Text size="xs" c="dimmed">
          {t("coi.profileVersion", { version: String(a.profileVersion ?? 0) })}
        </Text>
      </Alert>
      <RecordTable
        title={t("coi.funding.support")}
        rows={numbered(
          app.declaredSupport.map((s) => [
            s.giver,
            s.project,
            t(s.status === "current" ? "coi.funding.current" : "coi.funding.pending"),
            s.annualAmountJpy?.toLocaleString() ?? "",
            date(s.from),
            date(s.until),
          ]),
        )}
        onRemove={
          a.canEdit
            ? (i) => saveLists({ declaredSupport: app.declaredSupport.filter((_, j) => String(j) !== i) })
            : undefined
        }
      />
      <RecordTable
        title={t("coi.funding.affiliations")}
        rows={numbered(
          app.declaredAffiliations.map((x) => [
            x.organisation,
            x.position,
            x.effortPercent === null ? "" : `${x.effortPercent}%`,
          ]),
        )}
        onRemove={
          a.canEdit
            ? (i) =>
                saveLists({
                  declaredAffiliations: app.declaredAffiliations.filter((_, j) => String(j) !== i),
                })
            : undefined
        }
      />
      <RecordTable
        title={t("coi.funding.talent")}
        rows={numbered(app.declaredTalentProgrammes.map((x) => [x.name, x.sponsorCountry]))}
        onRemove={
          a.canEdit
            ? (i) =>
                saveLists({
                  declaredTalentProgrammes: app.declaredTalentProgrammes.filter((_, j) => String(j) !== i),
                })
            : undefined
        }
      />
      {a.canEdit && (
        <Group>
          <Button variant="light" loading={save.isPending} onClick={reload}>
            {t("coi.fundingReload")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("coi.fundingEditClears")}
          </Text>
        </Group>
      )}
      <RefusedAlert error={save.error} />
      <Card withBorder>
        <Title order={4}>{t("coi.pledgeTitle")}</Title>
        <Text size="sm">{locale === "en" ? a.pledgeText.en : a.pledgeText.ja}</Text>
        {a.pledgedOn ? (
          <Badge color="green" mt="sm">
            {t("coi.pledgedBy", { name: a.pledgedByName ?? "", date: date(a.pledgedOn) })}
          </Badge>
        ) : a.canPledge ? (
          <Group mt="sm">
            <Checkbox
              label={t("coi.pledgeAgree")}
              checked={agree}
              onChange={(e) => setAgree(e.currentTarget.checked)}
            />
            <Button disabled={!agree} loading={pledge.isPending} onClick={() => pledge.mutate(a.version)}>
              {t("coi.pledgeButton")}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" mt="sm">
            {t("coi.pledgeOnlyResearcher")}
          </Text>
        )}
        <RefusedAlert error={pledge.error} />
      </Card>
      <Group>
        <Button
          component="a"
          variant="default"
          href={apiUrl(`/coi/funding-applications/${id}/export`, { format: "csv" })}
          download
        >
          {t("coi.eRadCsv")}
        </Button>
        <Button
          component="a"
          variant="default"
          href={apiUrl(`/coi/funding-applications/${id}/export`, { format: "xlsx" })}
          download
        >
          {t("coi.eRadXlsx")}
        </Button>
      </Group>
    </Stack>
  );
}
