import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { TCaseDetail } from "@renkei/contract";
import {
  BAYH_DOLE_RECORD_LABELS,
  caseDecisionDay,
  EMERGING_TECH_LABELS,
  EXPORT_REVIEW_OUTCOME_LABELS,
  FUNDING_KINDS,
  type FundingKind,
  RESEARCH_AREA_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_STATUS_LABELS,
  RISK_LEVEL_LABELS,
} from "@renkei/domain";
import { useState } from "react";
import { Link, useNavigate } from "react-router-dom";
import { DetailList } from "../../components/ui/detail-list";
import { useI18n } from "../../lib/i18n";
import { useCan, useCurrentUser } from "../auth/session";
import { OUTCOME_COLORS } from "../export-control/determination-view";
import type { ReviewFromCase } from "../export-control/review-form-page";
import { AppliedPolicy } from "../policies/applied-policy";
import { casesApi } from "./api";
import { ExportCoverage } from "./case-export-coverage";
import { NdaCard } from "./case-nda-card";
import { useCaseMutation } from "./queries";
import { ReasonList } from "./reason-list";
import { canChange, RefusedAlert, SectionCard } from "./section-card";

/** Legal/IP's Bayh-Dole records on the case (X3): what the contract gate reads, never a PI's checkbox. */
function bayhDoleSummary(b: TCaseDetail["bayhDole"], i18n: ReturnType<typeof useI18n>): string {
  const parts = b.records.map(
    (r) => `${i18n.label(BAYH_DOLE_RECORD_LABELS[r.kind])}${i18n.paren(i18n.date(r.on))}`,
  );
  if (b.backgroundInventions.length > 0) {
    parts.push(
      i18n.t("case.bayhDole.background", {
        titles: b.backgroundInventions.map((x) => x.title).join(i18n.listSep),
      }),
    );
  }
  return parts.length > 0 ? parts.join(i18n.listSep) : i18n.t("case.bayhDole.none");
}

const RISK_COLORS = { low: "green", medium: "yellow", high: "orange", prohibited: "red" } as const;

export function CaseOverviewTab({ c }: { c: TCaseDetail }) {
  const i18n = useI18n();
  const { t, label, date, locale } = i18n;
  return (
    <Stack>
      <SectionCard c={c} title={t("case.tab.overview")}>
        <DetailList
          items={[
            { label: t("case.field.ref"), value: c.ref },
            { label: t("case.field.pi"), value: c.pi?.displayName },
            {
              label: t("case.field.departments"),
              value: c.departments.map((d) => (locale === "ja" ? d.nameJa : d.nameEn)).join(i18n.listSep),
            },
            {
              label: t("case.field.area"),
              value: c.field.area ? label(RESEARCH_AREA_LABELS[c.field.area]) : null,
            },
            {
              label: t("case.field.emergingTech"),
              value: c.field.emergingTech
                .map((e) => `${EMERGING_TECH_LABELS[e].no}. ${label(EMERGING_TECH_LABELS[e])}`)
                .join(i18n.listSep),
            },
            { label: t("case.field.keywords"), value: c.field.keywords.join(i18n.listSep) },
            { label: t("case.field.summary"), value: c.summary },
            { label: t("case.field.createdBy"), value: c.createdBy?.displayName },
            { label: t("case.field.createdAt"), value: date(c.createdAt) },
            { label: t("case.field.stageSince"), value: date(c.stageEnteredAt) },
            { label: t("case.field.contractSignedOn"), value: date(c.contractSignedOn) },
            {
              label: t("case.field.bayhDoleApproval"),
              value: bayhDoleSummary(c.bayhDole, i18n),
            },
          ]}
        />
        <AppliedPolicy
          decision="case"
          only="international_collaboration"
          on={caseDecisionDay({
            highRiskApprovedOn: c.highRiskApproval?.approvedOn ?? null,
            contractSignedOn: c.contractSignedOn,
          })}
        />
      </SectionCard>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <RiskCard c={c} />
        <ExportCard c={c} />
      </SimpleGrid>
      <CoiCard c={c} />
      <FundingCard c={c} />
      <NdaCard c={c} />
    </Stack>
  );
}

function RiskCard({ c }: { c: TCaseDetail }) {
  const { t, label, date } = useI18n();
  return (
    <SectionCard
      c={c}
      title={t("case.risk")}
      badge={
        c.risk.rated ? (
          <Badge color={RISK_COLORS[c.risk.level]} data-testid="risk-level">
            {label(RISK_LEVEL_LABELS[c.risk.level])}
          </Badge>
        ) : (
          // No partner yet: nothing was rated, so no level and no green (issue 11 item 6).
          <Badge color="gray" variant="outline" data-testid="risk-level">
            {t("case.risk.notRated")}
          </Badge>
        )
      }
    >
      {c.highRiskApproval && (
        <Text size="sm">
          {t("case.risk.approved", {
            name: c.highRiskApproval.approvedBy?.displayName ?? "",
            date: date(c.highRiskApproval.approvedOn),
          })}
        </Text>
      )}
      {c.risk.reasons.length > 0 && <ReasonList reasons={c.risk.reasons} />}
      {c.risk.missing.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            {t("case.risk.missing")}
          </Text>
          <ReasonList reasons={c.risk.missing} color="orange.8" />
        </>
      )}
    </SectionCard>
  );
}

/**
 * The case's 取引審査 (seed 001 §IV.2-9): its state and decision, what the contract gate reads from it,
 * and the way to file one for this case (the PI as applicant, the first partner as counterparty).
 */
function ExportCard({ c }: { c: TCaseDetail }) {
  const { t, label, dateTime } = useI18n();
  const can = useCan();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const r = c.exportReview;
  const open = !["closed", "declined", "withdrawn"].includes(c.stage);
  const canFile = open && can("export.review.submit") && (r === null || r.status === "decided");
  const file = () => {
    const partner = c.partners[0];
    const carried: ReviewFromCase = {
      case: { id: c.id, ref: c.ref, title: c.title },
      applicantId: c.pi && c.pi.id !== me.id && can("export.review.proxy") ? c.pi.id : null,
      counterpartyName: partner?.name ?? "",
      counterpartyCountry: partner?.country ?? "",
      caseSubject: partner ? { kind: "partner", id: partner.partnerId } : null,
    };
    navigate("/export-control/reviews/new", { state: { fromCase: carried } });
  };
  return (
    <SectionCard
      c={c}
      title={t("case.export")}
      badge={
        <Badge color={r?.outcome ? OUTCOME_COLORS[r.outcome] : "gray"} data-testid="export-review-outcome">
          {r === null
            ? t("case.export.noneShort")
            : r.outcome
              ? label(EXPORT_REVIEW_OUTCOME_LABELS[r.outcome])
              : t("case.export.pending")}
        </Badge>
      }
    >
      {r === null && <Text size="sm">{t("case.export.none")}</Text>}
      {r !== null && (
        <DetailList
          items={[
            {
              label: t("case.export.review"),
              value: (
                <Anchor component={Link} to={`/export-control/reviews/${r.reviewId}`} size="sm">
                  {r.refNo} {r.title}
                </Anchor>
              ),
            },
            { label: t("case.export.status"), value: label(REVIEW_STATUS_LABELS[r.status]) },
            {
              label: t("case.export.engine"),
              value: r.engineOutcome ? label(EXPORT_REVIEW_OUTCOME_LABELS[r.engineOutcome]) : "—",
            },
            {
              label: t("case.export.decision"),
              value: r.decision ? label(REVIEW_DECISION_LABELS[r.decision]) : "—",
            },
            { label: t("case.export.decidedAt"), value: dateTime(r.decidedAt) || "—" },
          ]}
        />
      )}
      <ExportCoverage c={c} />
      {canFile && (
        <Button variant="light" w="fit-content" onClick={file}>
          {t("case.export.file")}
        </Button>
      )}
    </SectionCard>
  );
}

/**
 * The COI committee's outcome for the case's researchers (issue 13): read-only here. Declarations are
 * made and decided on the COI pages; the case only shows whether the gate is open, never the content.
 */
function CoiCard({ c }: { c: TCaseDetail }) {
  const { t, locale } = useI18n();
  const open = c.coi.outcome === "open";
  return (
    <SectionCard
      c={c}
      title={t("case.coi")}
      badge={
        <Badge color={open ? "green" : "red"} data-testid="coi-status">
          {open ? t("case.coi.open") : t("case.coi.closed")}
        </Badge>
      }
    >
      {c.coi.reasons.length > 0 && (
        <Stack gap={2}>
          {c.coi.reasons.map((r) => (
            <Text size="sm" key={r.text.ja}>
              {r.text[locale]}
            </Text>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to="/coi" size="sm">
        {t("case.coi.link")}
      </Anchor>
    </SectionCard>
  );
}

function FundingCard({ c }: { c: TCaseDetail }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<FundingKind>("partner");
  const [funder, setFunder] = useState("");
  const [bayhDole, setBayhDole] = useState(false);
  const [restricts, setRestricts] = useState(false);
  const add = useCaseMutation(c.id, (body: unknown) => casesApi.addFunding(c.id, body));
  const remove = useCaseMutation(c.id, (fundingId: string) => casesApi.removeFunding(c.id, fundingId));
  const editable = canChange(c, "funding");
  return (
    <SectionCard c={c} section="funding" title={t("case.funding")}>
      {c.funding.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("common.none")}
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {c.funding.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{t(`case.funding.kind.${f.kind}`)}</Table.Td>
                <Table.Td>{f.funder}</Table.Td>
                <Table.Td>
                  {f.bayhDole && <Badge color="orange">{t("case.funding.bayhDole")}</Badge>}
                  {f.restrictsForeignCollaboration && (
                    <Badge color="red">{t("case.funding.restricts")}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {editable && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(f.id)}>
                      {t("case.funding.remove")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editable && (
        <Group align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("case.funding.kind")}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as FundingKind)}
            data={FUNDING_KINDS.map((k) => ({ value: k, label: t(`case.funding.kind.${k}`) }))}
          />
          <TextInput
            label={t("case.funding.funder")}
            value={funder}
            onChange={(e) => setFunder(e.currentTarget.value)}
          />
          <Checkbox
            label={t("case.funding.bayhDole")}
            checked={bayhDole || kind === "government_commissioned"}
            onChange={(e) => setBayhDole(e.currentTarget.checked)}
          />
          <Checkbox
            label={t("case.funding.restricts")}
            checked={restricts}
            onChange={(e) => setRestricts(e.currentTarget.checked)}
          />
          <Button
            disabled={!funder.trim()}
            loading={add.isPending}
            onClick={() =>
              add.mutate(
                { kind, funder, bayhDole, restrictsForeignCollaboration: restricts },
                { onSuccess: () => setFunder("") },
              )
            }
          >
            {t("case.funding.add")}
          </Button>
        </Group>
      )}
      <RefusedAlert error={add.error ?? remove.error} />
    </SectionCard>
  );
}
